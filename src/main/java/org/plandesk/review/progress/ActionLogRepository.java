package org.plandesk.review.progress;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The implementation log of plans' action items (V11 migration). */
@Repository
class ActionLogRepository {

  private final JdbcClient jdbc;

  ActionLogRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The statuses set for a plan's action items, by item key. */
  Map<String, ActionItemStatus> statuses(long planId) {
    return jdbc
        .sql("SELECT item_key, status FROM action_item_status WHERE plan_id = ?")
        .param(planId)
        .query(
            (rs, n) ->
                Map.entry(
                    rs.getString("item_key"), ActionItemStatus.valueOf(rs.getString("status"))))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /**
   * Sets an item's status: the row is updated, or inserted the first time. Two first settings at
   * the same moment: the second insert fails on the primary key and nothing of it is written.
   */
  void setStatus(long planId, String key, String item, ActionItemStatus status, String by) {
    Timestamp now = Timestamp.from(Instant.now());
    int updated =
        jdbc.sql(
                "UPDATE action_item_status SET status = ?, action_item = ?, set_by = ?, set_at = ?"
                    + " WHERE plan_id = ? AND item_key = ?")
            .params(status.name(), item, by, now, planId, key)
            .update();
    if (updated == 0) {
      jdbc.sql(
              "INSERT INTO action_item_status (plan_id, item_key, action_item, status, set_by, set_at)"
                  + " VALUES (?, ?, ?, ?, ?, ?)")
          .params(planId, key, item, status.name(), by, now)
          .update();
    }
  }

  /** One setting of an item's status, kept for the plan's audit trail. */
  void insertStatusChange(
      long planId, long versionId, String key, String item, ActionItemStatus status, String by) {
    jdbc.sql(
            "INSERT INTO action_item_status_change (plan_id, version_id, item_key, action_item,"
                + " status, set_by, set_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(planId, versionId, key, item, status.name(), by, Timestamp.from(Instant.now()))
        .update();
  }

  void insertActivity(long planId, String key, String item, ActivityForm.Valid a, String by) {
    jdbc.sql(
            "INSERT INTO action_activity (plan_id, item_key, action_item, held_on, place,"
                + " participants, goal, result, responsible, recorded_by, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            planId,
            key,
            item,
            Date.valueOf(a.heldOn()),
            a.place(),
            a.participants(),
            a.goal(),
            a.result(),
            a.responsible(),
            by,
            Timestamp.from(Instant.now()))
        .update();
  }

  /** A plan's activities, by item key, each item's oldest first. */
  Map<String, List<ActionActivity>> activities(long planId) {
    return jdbc
        .sql("SELECT * FROM action_activity WHERE plan_id = ? ORDER BY held_on, id")
        .param(planId)
        .query(
            (rs, n) ->
                new ActionActivity(
                    rs.getLong("id"),
                    rs.getString("item_key"),
                    rs.getDate("held_on").toLocalDate(),
                    rs.getString("place"),
                    rs.getInt("participants"),
                    rs.getString("goal"),
                    rs.getString("result"),
                    rs.getString("responsible"),
                    rs.getString("recorded_by"),
                    rs.getTimestamp("recorded_at").toInstant()))
        .list()
        .stream()
        .collect(Collectors.groupingBy(ActionActivity::itemKey));
  }
}
