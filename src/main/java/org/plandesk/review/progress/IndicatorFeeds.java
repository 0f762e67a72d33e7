package org.plandesk.review.progress;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plandesk.plan.PlanContent;
import org.plandesk.plan.PlanVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicators fed from the implementation log (issue 16: "indicators that count activities can be
 * fed from this log"): the coordinator names, for an indicator such as seed 004's "participants in
 * creative events", the action item whose activities it counts, and whether it sums their
 * participants or counts the activities. The monitoring page then offers that sum as the actual
 * value (editable), and the progress page says where the indicator's values come from. A feed is
 * kept by the indicator's name and the item's key, so a new version that keeps both keeps it.
 */
@Service
@Transactional
public class IndicatorFeeds {

  /** What a fed indicator counts. */
  public enum Measure {
    PARTICIPANTS,
    ACTIVITIES
  }

  /**
   * An indicator's feed.
   *
   * @param itemNumber the action item's place in the version read, 0 when it no longer names it
   */
  public record Feed(String indicator, String actionItem, int itemNumber, Measure measure) {}

  /**
   * What the log gives a fed indicator over a period.
   *
   * @param after the period starts the day after (the instrument's previous result), null: all
   * @param until the last day counted
   */
  public record FedValue(
      Feed feed, BigDecimal value, int activities, LocalDate after, LocalDate until) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  IndicatorFeeds(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The fed indicators of a plan, by indicator name, as the version read names its items. */
  @Transactional(readOnly = true)
  public Map<String, Feed> feeds(long planId, PlanVersion version) {
    List<PlanContent.ActionItem> items = version.content().actionItems();
    Map<String, Feed> feeds = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT indicator, item_key, action_item, measure FROM indicator_feed WHERE plan_id = ?")
        .param(planId)
        .query(
            (rs, n) -> {
              String key = rs.getString("item_key");
              int number = 0;
              for (int i = 0; i < items.size(); i++) {
                if (ActionItemKey.of(items.get(i).content()).equals(key)) {
                  number = i + 1;
                }
              }
              return new Feed(
                  rs.getString("indicator"),
                  rs.getString("action_item"),
                  number,
                  Measure.valueOf(rs.getString("measure")));
            })
        .list()
        .forEach(f -> feeds.put(f.indicator(), f));
    return feeds;
  }

  /**
   * Feeds an indicator of the version from an action item of it (or, with item 0, from nothing).
   *
   * @throws IllegalArgumentException for an indicator or item the version does not have
   */
  public void set(
      long planId, PlanVersion version, int indicator, int item, Measure measure, String by) {
    List<PlanContent.Indicator> indicators = version.content().indicators();
    List<PlanContent.ActionItem> items = version.content().actionItems();
    if (indicator < 1 || indicator > indicators.size() || item < 0 || item > items.size()) {
      throw new IllegalArgumentException("No such indicator or action item");
    }
    String name = indicators.get(indicator - 1).name();
    jdbc.sql("DELETE FROM indicator_feed WHERE plan_id = ? AND indicator = ?")
        .params(planId, name)
        .update();
    if (item == 0) {
      return;
    }
    String content = items.get(item - 1).content();
    jdbc.sql(
            "INSERT INTO indicator_feed (plan_id, indicator, item_key, action_item, measure,"
                + " set_by, set_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(
            planId,
            name,
            ActionItemKey.of(content),
            content,
            measure.name(),
            by,
            Timestamp.from(clock.instant()))
        .update();
  }

  /** The sum (or number) of the item's activities held after a day (null: any) up to today. */
  @Transactional(readOnly = true)
  public FedValue value(long planId, Feed feed, LocalDate after) {
    LocalDate until = LocalDate.now(clock);
    String key = ActionItemKey.of(feed.actionItem());
    var row =
        jdbc.sql(
                "SELECT COUNT(*) AS activities, COALESCE(SUM(participants), 0) AS participants"
                    + " FROM action_activity WHERE plan_id = ? AND item_key = ?"
                    + " AND held_on > ? AND held_on <= ?")
            .params(
                planId,
                key,
                Date.valueOf(after == null ? LocalDate.of(1, 1, 1) : after),
                Date.valueOf(until))
            .query((rs, n) -> new long[] {rs.getLong("activities"), rs.getLong("participants")})
            .single();
    BigDecimal value = BigDecimal.valueOf(feed.measure() == Measure.PARTICIPANTS ? row[1] : row[0]);
    return new FedValue(feed, value, (int) row[0], after, until);
  }
}
