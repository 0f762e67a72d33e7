package org.plandesk.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Plans, versions and departments' input in PlanDesk's own tables (see db/migration). */
@Repository
class PlanRepository {

  private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() {};
  private static final String VERSION_COLUMNS =
      "id, plan_id, sequence_no, status, version_number, file_name, content, prepared_by,"
          + " prepared_by_name, approved_by, approved_by_name, approval_date, effective_date,"
          + " decision_comment, withdrawal_reason, process_instance_id, revision,"
          + " created_at, updated_at";

  private static final int CONTENT_SLICE = 1000;

  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final Clock clock;

  PlanRepository(JdbcClient jdbc, ObjectMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  long insertPlan(String code, String title, PlanType type, PlanLanguage language, String user) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO plan (code, title, code_key, title_key, plan_type, language, created_by, created_at)"
                + " VALUES (?, ?, LOWER(?), LOWER(?), ?, ?, ?, ?)")
        .params(code, title, code, title, type.name(), language.name(), user, now())
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  Optional<Plan> findPlanByCode(String code) {
    return jdbc.sql("SELECT * FROM plan WHERE code = ?").param(code).query(this::plan).optional();
  }

  Optional<Plan> findPlan(long id) {
    return jdbc.sql("SELECT * FROM plan WHERE id = ?").param(id).query(this::plan).optional();
  }

  /** Locks the plan row so that two requests for a new version are decided one after the other. */
  void lockPlan(long planId) {
    jdbc.sql("SELECT id FROM plan WHERE id = ? FOR UPDATE")
        .param(planId)
        .query(Long.class)
        .single();
  }

  List<Plan> findAllPlans() {
    return jdbc.sql("SELECT * FROM plan ORDER BY code").query(this::plan).list();
  }

  /**
   * Every plan with its register status (kept on the plan row), its version in force and its open
   * version: the register's rows. Set-based (no query per plan).
   */
  private static final String REGISTER_ROWS =
      "SELECT p.id, p.code, p.title, p.plan_type, p.language, p.register_status, f.id AS f_id,"
          + " f.version_number AS f_number, f.effective_date AS f_effective, o.id AS o_id, o.status AS o_status"
          + " FROM plan p"
          + " LEFT JOIN plan_version f ON f.plan_id = p.id AND f.status = 'IN_FORCE'"
          + " LEFT JOIN plan_version o ON o.plan_id = p.id AND o.open_marker = TRUE";

  /**
   * Keeps a plan's register status (in force when a version is, else its latest version's status)
   * and the effective date of its version in force on the plan row, where the register filters and
   * sorts by them (V8__register_keys.sql). Run whenever a version is added or changes status.
   */
  private static final String REFRESH_REGISTER =
      "UPDATE plan SET register_status = CASE"
          + "   WHEN EXISTS (SELECT 1 FROM plan_version f WHERE f.plan_id = plan.id AND f.status = 'IN_FORCE') THEN 'IN_FORCE'"
          + "   ELSE (SELECT l.status FROM plan_version l WHERE l.plan_id = plan.id"
          + "     AND l.sequence_no = (SELECT MAX(m.sequence_no) FROM plan_version m WHERE m.plan_id = plan.id))"
          + " END,"
          + " register_effective = (SELECT MAX(f.effective_date) FROM plan_version f"
          + "   WHERE f.plan_id = plan.id AND f.status = 'IN_FORCE')"
          + " WHERE id = ";

  /** Every plan with its version in force and its open version, in one query. */
  List<RegisterRow> register() {
    return jdbc.sql(REGISTER_ROWS + " ORDER BY p.code").query(this::registerRow).list();
  }

  /**
   * One page of the register: filter, order and paging all done by the database. The page's plan
   * ids are chosen first from the plan rows alone (their stored keys, status and effective date,
   * each order backed by an index), then only those plans are read with their versions.
   */
  RegisterPage registerPage(RegisterQuery query) {
    List<String> conditions = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (query.text() != null) {
      conditions.add("(p.code_key LIKE ? ESCAPE '\\' OR p.title_key LIKE ? ESCAPE '\\')");
      String pattern =
          "%" + query.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
      params.add(pattern);
      params.add(pattern);
    }
    if (query.type() != null) {
      conditions.add("p.plan_type = ?");
      params.add(query.type());
    }
    if (query.language() != null) {
      conditions.add("p.language = ?");
      params.add(query.language());
    }
    if (query.status() != null) {
      conditions.add("p.register_status = ?");
      params.add(query.status());
    }
    String from =
        " FROM plan p" + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions));
    long total = jdbc.sql("SELECT COUNT(*)" + from).params(params).query(Long.class).single();
    if (total > 0 && query.offset() >= total) {
      // A page past the end (the register shrank, or a hand-made link) shows the last page.
      query = query.withPage((int) ((total + query.size() - 1) / query.size()));
    }
    String dir = query.descending() ? " DESC" : " ASC";
    String byCode = "p.code_key" + dir + ", p.code" + dir;
    // As the register always sorted: dates without a value last, and first when reversed.
    String order =
        switch (query.sort()) {
          case TITLE -> "p.title_key" + dir + ", " + byCode;
          case EFFECTIVE ->
              "p.register_effective"
                  + dir
                  + (query.descending() ? " NULLS FIRST" : " NULLS LAST")
                  + ", "
                  + byCode;
          case STATUS -> "p.register_status" + dir + ", " + byCode;
          case CODE -> byCode;
        };
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.add(query.offset());
    pageParams.add(query.size());
    List<Long> ids =
        jdbc.sql(
                "SELECT p.id"
                    + from
                    + " ORDER BY "
                    + order
                    + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
            .params(pageParams)
            .query(Long.class)
            .list();
    if (ids.isEmpty()) {
      return new RegisterPage(List.of(), query, total);
    }
    Map<Long, RegisterRow> rows = new HashMap<>();
    jdbc.sql(REGISTER_ROWS + " WHERE p.id IN (:ids)")
        .param("ids", ids)
        .query(
            rs -> {
              rows.put(rs.getLong("id"), registerRow(rs, 0));
            });
    return new RegisterPage(ids.stream().map(rows::get).toList(), query, total);
  }

  private RegisterRow registerRow(ResultSet rs, int row) throws SQLException {
    return new RegisterRow(
        rs.getString("code"),
        rs.getString("title"),
        PlanType.valueOf(rs.getString("plan_type")),
        PlanLanguage.valueOf(rs.getString("language")),
        VersionStatus.valueOf(rs.getString("register_status")),
        (Long) rs.getObject("f_id", Long.class),
        rs.getString("f_number"),
        rs.getObject("f_effective", LocalDate.class),
        (Long) rs.getObject("o_id", Long.class),
        rs.getString("o_status") == null ? null : VersionStatus.valueOf(rs.getString("o_status")));
  }

  long insertVersion(
      long planId,
      int sequence,
      String fileName,
      PlanContent content,
      String preparedBy,
      String preparedByName) {
    var keys = new GeneratedKeyHolder();
    Timestamp now = now();
    jdbc.sql(
            "INSERT INTO plan_version (plan_id, sequence_no, status, open_marker, file_name,"
                + " content, prepared_by, prepared_by_name, revision, created_at, updated_at)"
                + " VALUES (?, ?, ?, TRUE, ?, ?, ?, ?, 0, ?, ?)")
        .params(
            planId,
            sequence,
            VersionStatus.DRAFT.name(),
            fileName,
            toJson(content),
            preparedBy,
            preparedByName,
            now,
            now)
        .update(keys, "id");
    jdbc.sql(REFRESH_REGISTER + "?").param(planId).update();
    return keys.getKey().longValue();
  }

  /**
   * Every plan's version in force, without content, in no particular order (sorting thousands of
   * codes by the database's collation would cost more than the rest of the query).
   */
  List<PlanInForce> findInForce() {
    return jdbc.sql(
            "SELECT p.code, p.title, v.id, v.version_number, v.effective_date"
                + " FROM plan p JOIN plan_version v ON v.plan_id = p.id"
                + " WHERE v.status = 'IN_FORCE'")
        .query(
            (rs, n) ->
                new PlanInForce(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getLong(3),
                    rs.getString(4),
                    rs.getObject(5, LocalDate.class)))
        .list();
  }

  /** The content of each of these versions, in one query. */
  Map<Long, PlanContent> findContents(Collection<Long> versionIds) {
    Map<Long, PlanContent> contents = new HashMap<>();
    if (versionIds.isEmpty()) {
      return contents;
    }
    List<Long> ids = List.copyOf(versionIds);
    // In slices, so that the statement's parameters stay within every driver's limit.
    for (int from = 0; from < ids.size(); from += CONTENT_SLICE) {
      jdbc.sql("SELECT id, content FROM plan_version WHERE id IN (:ids)")
          .param("ids", ids.subList(from, Math.min(ids.size(), from + CONTENT_SLICE)))
          .query(
              (ResultSet rs) -> {
                contents.put(rs.getLong(1), fromJson(rs.getString(2), PlanContent.class));
              });
    }
    return contents;
  }

  Optional<PlanVersion> findVersion(long id) {
    return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM plan_version WHERE id = ?")
        .param(id)
        .query(this::version)
        .optional();
  }

  /** Reads a version and locks its row until the transaction ends. */
  Optional<PlanVersion> findVersionForUpdate(long id) {
    return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM plan_version WHERE id = ? FOR UPDATE")
        .param(id)
        .query(this::version)
        .optional();
  }

  List<PlanVersion> findVersions(long planId) {
    return jdbc.sql(
            "SELECT "
                + VERSION_COLUMNS
                + " FROM plan_version WHERE plan_id = ? ORDER BY sequence_no")
        .param(planId)
        .query(this::version)
        .list();
  }

  int nextSequence(long planId) {
    return jdbc.sql("SELECT COALESCE(MAX(sequence_no), 0) + 1 FROM plan_version WHERE plan_id = ?")
        .param(planId)
        .query(Integer.class)
        .single();
  }

  int countApproved(long planId) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM plan_version WHERE plan_id = ? AND version_number IS NOT NULL")
        .param(planId)
        .query(Integer.class)
        .single();
  }

  void updateContent(long versionId, String fileName, PlanContent content) {
    jdbc.sql(
            "UPDATE plan_version SET file_name = ?, content = ?, revision = revision + 1,"
                + " updated_at = ? WHERE id = ?")
        .params(fileName, toJson(content), now(), versionId)
        .update();
  }

  /**
   * Writes the status of a version moved by {@link PlanVersion#moveTo}, only over a status that may
   * move to it: a version that someone else moved meanwhile is refused, not overwritten.
   */
  void updateStatus(PlanVersion moved) {
    VersionStatus status = moved.status();
    int updated =
        jdbc.sql(
                "UPDATE plan_version SET status = :status, open_marker = :open, updated_at = :now,"
                    + " revision = revision + 1 WHERE id = :id AND status IN (:from)")
            .param("status", status.name())
            .param("open", status.isOpen() ? Boolean.TRUE : null)
            .param("now", now())
            .param("id", moved.id())
            .param("from", status.predecessors().stream().map(VersionStatus::name).toList())
            .update();
    if (updated == 0) {
      throw new PlanConflict(null, "plan.changedMeanwhile", String.valueOf(moved.id()));
    }
    jdbc.sql(REFRESH_REGISTER + "(SELECT plan_id FROM plan_version WHERE id = ?)")
        .param(moved.id())
        .update();
  }

  void updateProcessInstance(long versionId, String processInstanceId) {
    jdbc.sql("UPDATE plan_version SET process_instance_id = ? WHERE id = ?")
        .params(processInstanceId, versionId)
        .update();
  }

  void recordDecisionComment(long versionId, String comment) {
    jdbc.sql("UPDATE plan_version SET decision_comment = ? WHERE id = ?")
        .params(comment, versionId)
        .update();
  }

  void recordWithdrawal(long versionId, String reason) {
    jdbc.sql("UPDATE plan_version SET withdrawal_reason = ? WHERE id = ?")
        .params(reason, versionId)
        .update();
  }

  void recordApproval(
      long versionId,
      String versionNumber,
      String approvedBy,
      String approvedByName,
      LocalDate approvalDate,
      LocalDate effectiveDate,
      String comment) {
    jdbc.sql(
            "UPDATE plan_version SET version_number = ?, approved_by = ?, approved_by_name = ?,"
                + " approval_date = ?, effective_date = ?, decision_comment = ? WHERE id = ?")
        .params(
            versionNumber,
            approvedBy,
            approvedByName,
            approvalDate,
            effectiveDate,
            comment,
            versionId)
        .update();
  }

  void insertDecision(
      long versionId, Decision.Kind kind, String comment, LocalDate effectiveDate, String by) {
    jdbc.sql(
            "INSERT INTO version_decision (version_id, decision, comment_text, effective_date, decided_by, decided_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)")
        .params(versionId, kind.name(), comment, effectiveDate, by, now())
        .update();
  }

  List<Decision> findDecisions(long versionId) {
    return findDecisions(List.of(versionId)).getOrDefault(versionId, List.of());
  }

  /** The decisions on each of these versions, oldest first, in one query. */
  Map<Long, List<Decision>> findDecisions(Collection<Long> versionIds) {
    Map<Long, List<Decision>> byVersion = new HashMap<>();
    if (versionIds.isEmpty()) {
      return byVersion;
    }
    jdbc.sql("SELECT * FROM version_decision WHERE version_id IN (:ids) ORDER BY id")
        .param("ids", versionIds)
        .query(
            rs -> {
              byVersion
                  .computeIfAbsent(rs.getLong("version_id"), id -> new ArrayList<>())
                  .add(
                      new Decision(
                          Decision.Kind.valueOf(rs.getString("decision")),
                          rs.getString("comment_text"),
                          rs.getObject("effective_date", LocalDate.class),
                          rs.getString("decided_by"),
                          instant(rs, "decided_at")));
            });
    return byVersion;
  }

  Optional<PlanVersion> findInForce(long planId) {
    return jdbc.sql(
            "SELECT " + VERSION_COLUMNS + " FROM plan_version WHERE plan_id = ? AND status = ?")
        .params(planId, VersionStatus.IN_FORCE.name())
        .query(this::version)
        .optional();
  }

  void insertInput(
      long versionId,
      String department,
      DepartmentInput.Status status,
      String comments,
      String proposedActions,
      List<String> votes,
      String user) {
    jdbc.sql(
            "INSERT INTO department_input (version_id, department, status, comments,"
                + " proposed_actions, priority_votes, recorded_by, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            versionId,
            department,
            status.name(),
            comments,
            proposedActions,
            toJson(votes),
            user,
            now())
        .update();
  }

  List<DepartmentInput> findInputs(long versionId) {
    return jdbc.sql("SELECT * FROM department_input WHERE version_id = ? ORDER BY department")
        .param(versionId)
        .query(this::input)
        .list();
  }

  /** The input on each of these versions, by department, in one query. */
  Map<Long, List<DepartmentInput>> findInputs(Collection<Long> versionIds) {
    if (versionIds.isEmpty()) {
      return Map.of();
    }
    return jdbc
        .sql("SELECT * FROM department_input WHERE version_id IN (:ids) ORDER BY department")
        .param("ids", versionIds)
        .query(this::input)
        .stream()
        .collect(Collectors.groupingBy(DepartmentInput::versionId, Collectors.toList()));
  }

  private Plan plan(ResultSet rs, int row) throws SQLException {
    return new Plan(
        rs.getLong("id"),
        rs.getString("code"),
        rs.getString("title"),
        PlanType.valueOf(rs.getString("plan_type")),
        PlanLanguage.valueOf(rs.getString("language")),
        rs.getString("created_by"),
        instant(rs, "created_at"));
  }

  private PlanVersion version(ResultSet rs, int row) throws SQLException {
    return new PlanVersion(
        rs.getLong("id"),
        rs.getLong("plan_id"),
        rs.getInt("sequence_no"),
        VersionStatus.valueOf(rs.getString("status")),
        rs.getString("version_number"),
        rs.getString("file_name"),
        fromJson(rs.getString("content"), PlanContent.class),
        rs.getString("prepared_by"),
        rs.getString("prepared_by_name"),
        rs.getString("approved_by"),
        rs.getString("approved_by_name"),
        rs.getObject("approval_date", LocalDate.class),
        rs.getObject("effective_date", LocalDate.class),
        rs.getString("decision_comment"),
        rs.getString("withdrawal_reason"),
        rs.getString("process_instance_id"),
        rs.getInt("revision"),
        instant(rs, "created_at"),
        instant(rs, "updated_at"));
  }

  private DepartmentInput input(ResultSet rs, int row) throws SQLException {
    return new DepartmentInput(
        rs.getLong("id"),
        rs.getLong("version_id"),
        rs.getString("department"),
        DepartmentInput.Status.valueOf(rs.getString("status")),
        rs.getString("comments"),
        rs.getString("proposed_actions"),
        fromJson(rs.getString("priority_votes"), STRING_LIST),
        rs.getString("recorded_by"),
        instant(rs, "recorded_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column);
    return ts == null ? null : ts.toInstant();
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write plan content as JSON", e);
    }
  }

  private <T> T fromJson(String text, Class<T> type) {
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored plan content is not readable JSON", e);
    }
  }

  private <T> T fromJson(String text, TypeReference<T> type) {
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored plan content is not readable JSON", e);
    }
  }
}
