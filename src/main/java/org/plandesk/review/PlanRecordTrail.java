package org.plandesk.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What was recorded about a plan in force, for its audit trail: every status set for an action
 * item, every activity held under one, every monitoring result with its indicators' values; each
 * with who recorded it and when. One query per kind, whatever the number of entries.
 */
@Service
@Transactional(readOnly = true)
public class PlanRecordTrail {

  private final JdbcClient jdbc;

  PlanRecordTrail(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The entries of a plan and its versions, oldest first. */
  public List<PlanRecordEntry> entries(long planId, List<Long> versionIds) {
    List<PlanRecordEntry> entries = new ArrayList<>();
    entries.addAll(
        jdbc.sql(
                "SELECT set_at, version_id, set_by, action_item, status"
                    + " FROM action_item_status_change WHERE plan_id = ?")
            .param(planId)
            .query(
                (rs, n) ->
                    new PlanRecordEntry(
                        rs.getTimestamp("set_at").toInstant(),
                        (Long) rs.getObject("version_id", Long.class),
                        rs.getString("set_by"),
                        PlanRecordEntry.Kind.ACTION_STATUS_SET,
                        List.of(rs.getString("action_item"), rs.getString("status"))))
            .list());
    entries.addAll(
        jdbc.sql(
                "SELECT recorded_at, recorded_by, action_item, held_on, place, participants"
                    + " FROM action_activity WHERE plan_id = ?")
            .param(planId)
            .query(
                (rs, n) ->
                    new PlanRecordEntry(
                        rs.getTimestamp("recorded_at").toInstant(),
                        null,
                        rs.getString("recorded_by"),
                        PlanRecordEntry.Kind.ACTIVITY_RECORDED,
                        List.of(
                            rs.getString("action_item"),
                            rs.getDate("held_on").toLocalDate().toString(),
                            rs.getString("place"),
                            Integer.toString(rs.getInt("participants")))))
            .list());
    if (!versionIds.isEmpty()) {
      entries.addAll(monitoringResults(versionIds));
    }
    entries.sort(Comparator.comparing(PlanRecordEntry::at));
    return entries;
  }

  private List<PlanRecordEntry> monitoringResults(List<Long> versionIds) {
    Map<Long, String> values =
        jdbc
            .sql(
                "SELECT result_id, indicator, actual_value FROM indicator_value"
                    + " WHERE version_id IN (:versions) ORDER BY id")
            .param("versions", versionIds)
            .query(
                (rs, n) ->
                    Map.entry(
                        rs.getLong("result_id"),
                        rs.getString("indicator")
                            + " = "
                            + rs.getBigDecimal("actual_value")
                                .stripTrailingZeros()
                                .toPlainString()))
            .list()
            .stream()
            .collect(
                Collectors.groupingBy(
                    Map.Entry::getKey,
                    Collectors.mapping(Map.Entry::getValue, Collectors.joining("; "))));
    return jdbc.sql(
            "SELECT id, recorded_at, version_id, recorded_by, instrument, result_date, summary"
                + " FROM monitoring_result WHERE version_id IN (:versions)")
        .param("versions", versionIds)
        .query(
            (rs, n) ->
                new PlanRecordEntry(
                    rs.getTimestamp("recorded_at").toInstant(),
                    rs.getLong("version_id"),
                    rs.getString("recorded_by"),
                    PlanRecordEntry.Kind.MONITORING_RESULT_RECORDED,
                    List.of(
                        rs.getString("instrument"),
                        rs.getDate("result_date").toLocalDate().toString(),
                        rs.getString("summary"),
                        values.getOrDefault(rs.getLong("id"), ""))))
        .list();
  }
}
