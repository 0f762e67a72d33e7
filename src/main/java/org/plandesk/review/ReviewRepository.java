package org.plandesk.review;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Reviews, interval overrides, monitoring results and indicator values (V4 migration). */
@Repository
class ReviewRepository {

  private final JdbcClient jdbc;
  private final Clock clock;

  ReviewRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Optional<String> findOverride(long planId) {
    return jdbc.sql("SELECT review_interval FROM plan_review_override WHERE plan_id = ?")
        .param(planId)
        .query(String.class)
        .optional();
  }

  void saveOverride(long planId, String interval, String by) {
    jdbc.sql("DELETE FROM plan_review_override WHERE plan_id = ?").param(planId).update();
    if (interval != null) {
      jdbc.sql(
              "INSERT INTO plan_review_override (plan_id, review_interval, set_by, set_at) VALUES (?, ?, ?, ?)")
          .params(planId, interval, by, Timestamp.from(clock.instant()))
          .update();
    }
  }

  void insertReview(
      long versionId,
      ReviewOutcome outcome,
      String remark,
      String reviewedBy,
      String reviewedByName,
      String confirmedBy,
      LocalDate reviewDate,
      LocalDate dueDate,
      LocalDate nextDueDate) {
    jdbc.sql(
            "INSERT INTO plan_review (version_id, outcome, remark, reviewed_by, reviewed_by_name,"
                + " confirmed_by, review_date, due_date, next_due_date, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            versionId,
            outcome.name(),
            remark,
            reviewedBy,
            reviewedByName,
            confirmedBy,
            Date.valueOf(reviewDate),
            dueDate == null ? null : Date.valueOf(dueDate),
            nextDueDate == null ? null : Date.valueOf(nextDueDate),
            Timestamp.from(clock.instant()))
        .update();
  }

  List<PlanReview> findReviews(List<Long> versionIds) {
    if (versionIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT * FROM plan_review WHERE version_id IN (:ids) ORDER BY id")
        .param("ids", versionIds)
        .query(ReviewRepository::review)
        .list();
  }

  long insertResult(
      long versionId,
      String instrument,
      LocalDate date,
      String summary,
      String figures,
      String by) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO monitoring_result (version_id, instrument, result_date, summary, figures,"
                + " recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(
            versionId,
            instrument,
            Date.valueOf(date),
            summary,
            figures,
            by,
            Timestamp.from(clock.instant()))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  void insertIndicatorValue(
      long versionId, long resultId, String indicator, BigDecimal value, LocalDate date) {
    jdbc.sql(
            "INSERT INTO indicator_value (version_id, result_id, indicator, actual_value, value_date)"
                + " VALUES (?, ?, ?, ?, ?)")
        .params(versionId, resultId, indicator, value, Date.valueOf(date))
        .update();
  }

  List<MonitoringResult> findResults(long versionId) {
    return jdbc.sql("SELECT * FROM monitoring_result WHERE version_id = ? ORDER BY result_date, id")
        .param(versionId)
        .query(
            (rs, n) ->
                new MonitoringResult(
                    rs.getLong("id"),
                    rs.getLong("version_id"),
                    rs.getString("instrument"),
                    rs.getDate("result_date").toLocalDate(),
                    rs.getString("summary"),
                    rs.getString("figures"),
                    rs.getString("recorded_by")))
        .list();
  }

  /** How many results of an instrument are recorded for a version, and the day of the latest. */
  record Recorded(int count, LocalDate last) {
    static final Recorded NONE = new Recorded(0, null);
  }

  /**
   * For each version with monitoring results, per instrument, how many are recorded and the
   * latest's day: one grouped query over the table (no list of versions to send), for the calendars
   * of all plans in force; the caller keeps the versions it asks about.
   */
  Map<Long, Map<String, Recorded>> findRecorded() {
    Map<Long, Map<String, Recorded>> recorded = new HashMap<>();
    jdbc.sql(
            "SELECT version_id, instrument, COUNT(*), MAX(result_date) FROM monitoring_result"
                + " GROUP BY version_id, instrument")
        .query(
            (ResultSet rs) -> {
              recorded
                  .computeIfAbsent(rs.getLong(1), id -> new HashMap<>())
                  .put(
                      rs.getString(2),
                      new Recorded(rs.getInt(3), rs.getObject(4, LocalDate.class)));
            });
    return recorded;
  }

  /** The latest actual value of an indicator of a version, with its date. */
  Optional<IndicatorValue> findLatestValue(long versionId, String indicator) {
    return jdbc
        .sql(
            "SELECT actual_value, value_date FROM indicator_value WHERE version_id = ? AND indicator = ?"
                + " ORDER BY value_date DESC, id DESC")
        .params(versionId, indicator)
        .query((rs, n) -> new IndicatorValue(rs.getBigDecimal(1), rs.getDate(2).toLocalDate()))
        .list()
        .stream()
        .findFirst();
  }

  record IndicatorValue(BigDecimal value, LocalDate date) {}

  private static PlanReview review(ResultSet rs, int n) throws SQLException {
    return new PlanReview(
        rs.getLong("id"),
        rs.getLong("version_id"),
        ReviewOutcome.valueOf(rs.getString("outcome")),
        rs.getString("remark"),
        rs.getString("reviewed_by"),
        rs.getString("reviewed_by_name"),
        rs.getString("confirmed_by"),
        rs.getDate("review_date").toLocalDate(),
        date(rs, "due_date"),
        date(rs, "next_due_date"),
        rs.getTimestamp("recorded_at").toInstant());
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }
}
