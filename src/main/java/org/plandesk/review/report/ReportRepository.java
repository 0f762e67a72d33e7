package org.plandesk.review.report;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Yearly implementation reports and their history (V15 migration). */
@Repository
class ReportRepository {

  private final JdbcClient jdbc;

  ReportRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(long planId, long versionId, int year, String by, Instant at) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO implementation_report (plan_id, version_id, report_year, status, round,"
                + " requested_by, requested_at) VALUES (?, ?, ?, ?, 1, ?, ?)")
        .params(planId, versionId, year, ReportStatus.IN_SIGN_OFF.name(), by, Timestamp.from(at))
        .update(key, "id");
    return key.getKey().longValue();
  }

  Optional<ImplementationReport> find(long id) {
    return jdbc.sql("SELECT * FROM implementation_report WHERE id = ?")
        .param(id)
        .query(ReportRepository::report)
        .optional();
  }

  /** A plan's reports, newest first. */
  List<ImplementationReport> ofPlan(long planId) {
    return jdbc.sql(
            "SELECT * FROM implementation_report WHERE plan_id = ? ORDER BY report_year DESC, id"
                + " DESC")
        .param(planId)
        .query(ReportRepository::report)
        .list();
  }

  void setProcessInstance(long id, String processInstanceId) {
    jdbc.sql("UPDATE implementation_report SET process_instance_id = ? WHERE id = ?")
        .params(processInstanceId, id)
        .update();
  }

  /** Moves a report on from the status it is in; false when it was no longer in that status. */
  boolean move(long id, ReportStatus from, ReportStatus to, int round) {
    return jdbc.sql(
                "UPDATE implementation_report SET status = ?, round = ? WHERE id = ? AND status = ?")
            .params(to.name(), round, id, from.name())
            .update()
        == 1;
  }

  boolean signOff(long id, String by, LocalDate on) {
    return jdbc.sql(
                "UPDATE implementation_report SET status = ?, signed_off_by = ?, signed_off_on = ?"
                    + " WHERE id = ? AND status = ?")
            .params(
                ReportStatus.SIGNED_OFF.name(),
                by,
                Date.valueOf(on),
                id,
                ReportStatus.IN_SIGN_OFF.name())
            .update()
        == 1;
  }

  void addEvent(long id, ReportEvent.Kind kind, String detail, String actor, Instant at) {
    jdbc.sql(
            "INSERT INTO implementation_report_event (report_id, kind, detail, actor, happened_at)"
                + " VALUES (?, ?, ?, ?, ?)")
        .params(id, kind.name(), detail, actor, Timestamp.from(at))
        .update();
  }

  /** The history of every report about these versions, oldest first. */
  List<ReportEvent> eventsOfVersions(Collection<Long> versionIds) {
    if (versionIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT e.*, r.version_id, r.report_year FROM implementation_report_event e"
                + " JOIN implementation_report r ON r.id = e.report_id"
                + " WHERE r.version_id IN (:versions) ORDER BY e.happened_at, e.id")
        .param("versions", versionIds)
        .query(
            (rs, n) ->
                new ReportEvent(
                    rs.getLong("report_id"),
                    rs.getLong("version_id"),
                    rs.getInt("report_year"),
                    ReportEvent.Kind.valueOf(rs.getString("kind")),
                    rs.getString("detail"),
                    rs.getString("actor"),
                    rs.getTimestamp("happened_at").toInstant()))
        .list();
  }

  private static ImplementationReport report(ResultSet rs, int row) throws SQLException {
    Date signedOn = rs.getDate("signed_off_on");
    return new ImplementationReport(
        rs.getLong("id"),
        rs.getLong("plan_id"),
        rs.getLong("version_id"),
        rs.getInt("report_year"),
        ReportStatus.valueOf(rs.getString("status")),
        rs.getInt("round"),
        rs.getString("requested_by"),
        rs.getTimestamp("requested_at").toInstant(),
        rs.getString("signed_off_by"),
        signedOn == null ? null : signedOn.toLocalDate(),
        rs.getString("process_instance_id"));
  }
}
