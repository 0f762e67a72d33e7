package org.plandesk.grant;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.plandesk.plan.PlanConflict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Grant requests, their reporting obligations and their history (V4 migration). */
@Repository
class GrantRepository {

  private final JdbcClient jdbc;
  private final Clock clock;

  GrantRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  long insert(GrantDraft d, String preparedBy, String processInstanceId) {
    var keys = new GeneratedKeyHolder();
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.sql(
            "INSERT INTO grant_request (status, title, funder, programme, amount_requested, currency,"
                + " own_contribution, purpose, expected_results, plan_code, action_item, funder_deadline,"
                + " responsible, prepared_by, process_instance_id, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            GrantStatus.IN_APPROVAL.name(),
            d.title(),
            d.funder(),
            d.programme(),
            d.amountRequested(),
            d.currency(),
            d.ownContribution(),
            d.purpose(),
            d.expectedResults(),
            d.planCode(),
            d.actionItem(),
            Date.valueOf(d.funderDeadline()),
            d.responsible(),
            preparedBy,
            processInstanceId,
            now,
            now)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  void update(long id, GrantDraft d) {
    jdbc.sql(
            "UPDATE grant_request SET title = ?, funder = ?, programme = ?, amount_requested = ?,"
                + " currency = ?, own_contribution = ?, purpose = ?, expected_results = ?, plan_code = ?,"
                + " action_item = ?, funder_deadline = ?, responsible = ?, updated_at = ? WHERE id = ?")
        .params(
            d.title(),
            d.funder(),
            d.programme(),
            d.amountRequested(),
            d.currency(),
            d.ownContribution(),
            d.purpose(),
            d.expectedResults(),
            d.planCode(),
            d.actionItem(),
            Date.valueOf(d.funderDeadline()),
            d.responsible(),
            Timestamp.from(clock.instant()),
            id)
        .update();
  }

  /**
   * Writes the status of a request moved by {@link GrantRequest#moveTo}, only over a status that
   * may move to it: a request that someone else moved meanwhile is refused, not overwritten.
   */
  void updateStatus(GrantRequest moved) {
    GrantStatus status = moved.status();
    int updated =
        jdbc.sql(
                "UPDATE grant_request SET status = :status, updated_at = :now"
                    + " WHERE id = :id AND status IN (:from)")
            .param("status", status.name())
            .param("now", Timestamp.from(clock.instant()))
            .param("id", moved.id())
            .param("from", status.predecessors().stream().map(GrantStatus::name).toList())
            .update();
    if (updated == 0) {
      throw new PlanConflict(null, "grant.changedMeanwhile", String.valueOf(moved.id()));
    }
  }

  void recordDirectorDecision(long id, String comment, String director, LocalDate on) {
    jdbc.sql(
            "UPDATE grant_request SET director_comment = ?, director_decided_by = ?, director_decided_on = ? WHERE id = ?")
        .params(comment, director, Date.valueOf(on), id)
        .update();
  }

  void recordSubmission(long id, LocalDate submittedOn) {
    jdbc.sql("UPDATE grant_request SET submitted_on = ? WHERE id = ?")
        .params(Date.valueOf(submittedOn), id)
        .update();
  }

  void recordDecision(
      long id, java.math.BigDecimal amountAwarded, String conditions, String comment) {
    jdbc.sql(
            "UPDATE grant_request SET amount_awarded = ?, award_conditions = ?, decision_comment = ? WHERE id = ?")
        .params(amountAwarded, conditions, comment, id)
        .update();
  }

  Optional<GrantRequest> find(long id) {
    return jdbc.sql("SELECT * FROM grant_request WHERE id = ?")
        .param(id)
        .query(GrantRepository::request)
        .optional();
  }

  /** These requests, oldest first, in one query. */
  List<GrantRequest> findAll(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT * FROM grant_request WHERE id IN (:ids) ORDER BY id")
        .param("ids", ids)
        .query(GrantRepository::request)
        .list();
  }

  List<GrantRequest> findAll(GrantStatus status) {
    if (status == null) {
      return jdbc.sql("SELECT * FROM grant_request ORDER BY id DESC")
          .query(GrantRepository::request)
          .list();
    }
    return jdbc.sql("SELECT * FROM grant_request WHERE status = ? ORDER BY id DESC")
        .param(status.name())
        .query(GrantRepository::request)
        .list();
  }

  long insertObligation(long grantId, LocalDate dueDate, String description) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO grant_obligation (grant_id, due_date, description) VALUES (?, ?, ?)")
        .params(grantId, Date.valueOf(dueDate), description)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  void recordReport(long obligationId, LocalDate reportedOn, String summary, String by) {
    jdbc.sql(
            "UPDATE grant_obligation SET reported_on = ?, report_summary = ?, reported_by = ? WHERE id = ?")
        .params(Date.valueOf(reportedOn), summary, by, obligationId)
        .update();
  }

  Optional<ReportingObligation> findObligation(long id) {
    return jdbc.sql("SELECT * FROM grant_obligation WHERE id = ?")
        .param(id)
        .query(GrantRepository::obligation)
        .optional();
  }

  List<ReportingObligation> findObligations(long grantId) {
    return jdbc.sql("SELECT * FROM grant_obligation WHERE grant_id = ? ORDER BY due_date, id")
        .param(grantId)
        .query(GrantRepository::obligation)
        .list();
  }

  List<ReportingObligation> findOpenObligations() {
    return jdbc.sql(
            "SELECT * FROM grant_obligation WHERE reported_on IS NULL ORDER BY due_date, grant_id, id")
        .query(GrantRepository::obligation)
        .list();
  }

  void insertEvent(long grantId, GrantEvent.Kind kind, String detail, String actor) {
    jdbc.sql(
            "INSERT INTO grant_event (grant_id, kind, detail, actor, happened_at) VALUES (?, ?, ?, ?, ?)")
        .params(grantId, kind.name(), detail, actor, Timestamp.from(clock.instant()))
        .update();
  }

  List<GrantEvent> findEvents(long grantId) {
    return jdbc.sql("SELECT * FROM grant_event WHERE grant_id = ? ORDER BY id")
        .param(grantId)
        .query(
            (rs, n) ->
                new GrantEvent(
                    rs.getLong("id"),
                    GrantEvent.Kind.valueOf(rs.getString("kind")),
                    rs.getString("detail"),
                    rs.getString("actor"),
                    rs.getTimestamp("happened_at").toInstant()))
        .list();
  }

  private static GrantRequest request(ResultSet rs, int row) throws SQLException {
    return new GrantRequest(
        rs.getLong("id"),
        GrantStatus.valueOf(rs.getString("status")),
        rs.getString("title"),
        rs.getString("funder"),
        rs.getString("programme"),
        rs.getBigDecimal("amount_requested"),
        rs.getString("currency"),
        rs.getBigDecimal("own_contribution"),
        rs.getString("purpose"),
        rs.getString("expected_results"),
        rs.getString("plan_code"),
        rs.getString("action_item"),
        date(rs, "funder_deadline"),
        rs.getString("responsible"),
        rs.getString("prepared_by"),
        rs.getString("director_comment"),
        rs.getString("director_decided_by"),
        date(rs, "director_decided_on"),
        date(rs, "submitted_on"),
        rs.getBigDecimal("amount_awarded"),
        rs.getString("award_conditions"),
        rs.getString("decision_comment"),
        rs.getString("process_instance_id"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant());
  }

  private static ReportingObligation obligation(ResultSet rs, int row) throws SQLException {
    return new ReportingObligation(
        rs.getLong("id"),
        rs.getLong("grant_id"),
        date(rs, "due_date"),
        rs.getString("description"),
        date(rs, "reported_on"),
        rs.getString("report_summary"),
        rs.getString("reported_by"));
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    Date value = rs.getDate(column);
    return value == null ? null : value.toLocalDate();
  }
}
