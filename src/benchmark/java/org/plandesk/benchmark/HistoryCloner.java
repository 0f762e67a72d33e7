package org.plandesk.benchmark;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Clones template plans in bulk SQL on PostgreSQL: PlanDesk's rows (plan, versions, departments'
 * input, decisions, documents) and every engine history row of their processes (ACT_HI_* and the
 * history byte arrays), {@code copies} times each, in one INSERT ... SELECT per table.
 *
 * <p>Copy {@code n} of a row gets fresh keys by a fixed rule, so references stay consistent without
 * a lookup table: PlanDesk's numeric ids become {@code id + n * stride} (stride above every
 * template id); engine ids become {@code md5(id || ':' || n)} as a UUID. Plan codes get the suffix
 * {@code -n}, business keys and the {@code versionId}/{@code planCode} variables follow, and every
 * timestamp and date moves {@code n % 1460} days back, so the copies spread over four years of
 * history.
 */
final class HistoryCloner {

  /** Engine history tables; every row of a process carries its root process instance id. */
  private static final List<String> ENGINE_TABLES =
      List.of(
          "act_hi_procinst",
          "act_hi_actinst",
          "act_hi_taskinst",
          "act_hi_varinst",
          "act_hi_detail",
          "act_hi_identitylink",
          "act_hi_op_log",
          "act_hi_job_log",
          "act_hi_incident",
          "act_hi_comment",
          "act_hi_attachment",
          "act_hi_ext_task_log",
          "act_hi_decinst",
          "act_hi_dec_in",
          "act_hi_dec_out",
          "act_ge_bytearray");

  /** Columns holding ids of instance data (remapped); ids of definitions, users and groups stay. */
  private static final Set<String> INSTANCE_IDS =
      Set.of(
          "id_",
          "proc_inst_id_",
          "root_proc_inst_id_",
          "process_instance_id_",
          "execution_id_",
          "act_inst_id_",
          "parent_act_inst_id_",
          "task_id_",
          "parent_task_id_",
          "call_proc_inst_id_",
          "super_process_instance_id_",
          "bytearray_id_",
          "var_inst_id_",
          "job_id_",
          "job_exception_stack_id_",
          "operation_id_",
          "cause_incident_id_",
          "root_cause_incident_id_",
          "history_configuration_",
          "error_details_id_",
          "dec_inst_id_",
          "root_dec_inst_id_",
          "content_id_",
          "restarted_proc_inst_id_",
          "ext_task_id_");

  private static final Set<String> KEPT_IDS =
      Set.of(
          "proc_def_id_",
          "proc_def_key_",
          "process_def_id_",
          "process_def_key_",
          "deployment_id_",
          "user_id_",
          "group_id_",
          "tenant_id_",
          "start_user_id_",
          "act_id_",
          "start_act_id_",
          "end_act_id_",
          "job_def_id_",
          "case_def_id_",
          "case_def_key_",
          "dec_def_id_",
          "dec_def_key_",
          "dec_req_id_",
          "dec_req_key_",
          "failed_activity_id_",
          "activity_id_",
          "act_inst_state_",
          "batch_id_",
          "external_task_id_",
          "case_inst_id_",
          "case_execution_id_",
          "super_case_instance_id_",
          "call_case_inst_id_",
          "task_def_key_",
          "clause_id_",
          "rule_id_",
          "assignee_",
          "owner_",
          "failed_act_id_",
          "assigner_id_",
          "worker_id_");

  private static final String SHIFT_DAYS = "(g.n % 1460)";

  private final Connection db;
  private final int copies;

  HistoryCloner(Connection db, int copies) {
    this.db = db;
    this.copies = copies;
  }

  /** Clones the plans with these codes; returns rows inserted per table. */
  Map<String, Long> cloneAll(List<String> planCodes) throws SQLException {
    long stride = stride();
    List<String> processes = processInstances(planCodes);
    Map<String, Long> inserted = new LinkedHashMap<>();
    inserted.putAll(cloneDomain(planCodes, stride));
    for (String table : ENGINE_TABLES) {
      inserted.put(table, cloneEngineTable(table, processes, stride));
    }
    restartIdentities();
    try (var s = db.createStatement()) {
      // Vacuumed too, so the visibility map lets index-only scans skip the heap, as on a settled
      // database.
      s.execute("VACUUM ANALYZE");
    }
    return inserted;
  }

  private Map<String, Long> cloneDomain(List<String> codes, long stride) throws SQLException {
    String plans = "(SELECT id FROM plan WHERE code = ANY(?))";
    String versions =
        "(SELECT v.id FROM plan_version v JOIN plan p ON p.id = v.plan_id WHERE p.code = ANY(?))";
    Map<String, Long> inserted = new LinkedHashMap<>();
    inserted.put(
        "plan",
        update(
            """
        INSERT INTO plan (id, code, title, code_key, title_key, register_status, register_effective, plan_type,
               language, created_by, created_at)
        SELECT x.id + g.n * %1$d, x.code || '-' || g.n, x.title || ' ' || g.n, LOWER(x.code || '-' || g.n),
               LOWER(x.title || ' ' || g.n), x.register_status, x.register_effective - %2$s, x.plan_type, x.language,
               x.created_by, x.created_at - make_interval(days => %2$s)
        FROM plan x CROSS JOIN generate_series(1, %3$d) g(n) WHERE x.id IN %4$s
        """
                .formatted(stride, SHIFT_DAYS, copies, plans),
            codes));
    inserted.put(
        "plan_version",
        update(
            """
        INSERT INTO plan_version (id, plan_id, sequence_no, status, open_marker, version_number, file_name, content,
               prepared_by, prepared_by_name, approved_by, approved_by_name, approval_date, effective_date,
               decision_comment, withdrawal_reason, process_instance_id, revision, created_at, updated_at)
        SELECT x.id + g.n * %1$d, x.plan_id + g.n * %1$d, x.sequence_no, x.status, x.open_marker, x.version_number,
               x.file_name, x.content, x.prepared_by, x.prepared_by_name, x.approved_by, x.approved_by_name,
               x.approval_date - %2$s, x.effective_date - %2$s, x.decision_comment, x.withdrawal_reason,
               %3$s, x.revision, x.created_at - make_interval(days => %2$s), x.updated_at - make_interval(days => %2$s)
        FROM plan_version x CROSS JOIN generate_series(1, %4$d) g(n) WHERE x.id IN %5$s
        """
                .formatted(
                    stride, SHIFT_DAYS, newEngineId("x.process_instance_id"), copies, versions),
            codes));
    inserted.put(
        "department_input",
        update(
            """
        INSERT INTO department_input (id, version_id, department, status, comments, proposed_actions, priority_votes,
               recorded_by, recorded_at)
        SELECT x.id + g.n * %1$d, x.version_id + g.n * %1$d, x.department, x.status, x.comments, x.proposed_actions,
               x.priority_votes, x.recorded_by, x.recorded_at - make_interval(days => %2$s)
        FROM department_input x CROSS JOIN generate_series(1, %3$d) g(n) WHERE x.version_id IN %4$s
        """
                .formatted(stride, SHIFT_DAYS, copies, versions),
            codes));
    inserted.put(
        "version_decision",
        update(
            """
        INSERT INTO version_decision (id, version_id, decision, comment_text, effective_date, decided_by, decided_at)
        SELECT x.id + g.n * %1$d, x.version_id + g.n * %1$d, x.decision, x.comment_text, x.effective_date - %2$s,
               x.decided_by, x.decided_at - make_interval(days => %2$s)
        FROM version_decision x CROSS JOIN generate_series(1, %3$d) g(n) WHERE x.version_id IN %4$s
        """
                .formatted(stride, SHIFT_DAYS, copies, versions),
            codes));
    inserted.put(
        "document",
        update(
            """
        INSERT INTO document (id, subject_kind, subject_id, edition, language, file_name, docx, docx_sha256, pdf,
               pdf_sha256, page_count, generated_at, generated_by)
        SELECT x.id + g.n * %1$d, x.subject_kind, x.subject_id + g.n * %1$d, x.edition, x.language, x.file_name,
               x.docx, x.docx_sha256, x.pdf, x.pdf_sha256, x.page_count,
               x.generated_at - make_interval(days => %2$s), x.generated_by
        FROM document x CROSS JOIN generate_series(1, %3$d) g(n)
        WHERE x.subject_kind = 'PLAN_VERSION' AND x.subject_id IN %4$s
        """
                .formatted(stride, SHIFT_DAYS, copies, versions),
            codes));
    return inserted;
  }

  private long cloneEngineTable(String table, List<String> processes, long stride)
      throws SQLException {
    Map<String, String> columns = columns(table);
    if (columns.isEmpty()) {
      return 0;
    }
    List<String> names = new ArrayList<>();
    List<String> values = new ArrayList<>();
    Set<String> unknownIds = new TreeSet<>();
    columns.forEach(
        (column, type) -> {
          names.add(column);
          values.add(engineValue(table, column, type, stride));
          if (column.endsWith("id_")
              && !INSTANCE_IDS.contains(column)
              && !KEPT_IDS.contains(column)) {
            unknownIds.add(column);
          }
        });
    if (!unknownIds.isEmpty()) {
      throw new IllegalStateException("Decide how to clone " + table + "." + unknownIds);
    }
    String sql =
        "INSERT INTO "
            + table
            + " ("
            + String.join(", ", names)
            + ") SELECT "
            + String.join(", ", values)
            + " FROM "
            + table
            + " x CROSS JOIN generate_series(1, "
            + copies
            + ") g(n) WHERE x.root_proc_inst_id_ = ANY(?)";
    return update(sql, processes);
  }

  private static String engineValue(String table, String column, String type, long stride) {
    String x = "x." + column;
    if (INSTANCE_IDS.contains(column)
        || (table.equals("act_hi_incident") && column.equals("configuration_"))) {
      return newEngineId(x);
    }
    if (column.equals("business_key_")) {
      return "replace(x.business_key_, ' #', '-' || g.n || ' #')";
    }
    if ((table.equals("act_hi_varinst") || table.equals("act_hi_detail"))
        && column.equals("long_")) {
      return "CASE WHEN x.name_ = 'versionId' THEN x.long_ + g.n * " + stride + " ELSE x.long_ END";
    }
    if ((table.equals("act_hi_varinst") || table.equals("act_hi_detail"))
        && column.equals("text_")) {
      return "CASE WHEN x.name_ = 'versionId' THEN CAST(CAST(x.text_ AS BIGINT) + g.n * "
          + stride
          + " AS VARCHAR)"
          + " WHEN x.name_ = 'planCode' THEN x.text_ || '-' || g.n ELSE x.text_ END";
    }
    if (type.startsWith("timestamp")) {
      return x + " - make_interval(days => " + SHIFT_DAYS + ")";
    }
    if (type.equals("date")) {
      return x + " - " + SHIFT_DAYS;
    }
    return x;
  }

  private static String newEngineId(String column) {
    return "CAST(CAST(md5(" + column + " || ':' || g.n) AS UUID) AS VARCHAR)";
  }

  private Map<String, String> columns(String table) throws SQLException {
    Map<String, String> columns = new LinkedHashMap<>();
    try (var s =
        db.prepareStatement(
            "SELECT column_name, data_type FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position")) {
      s.setString(1, table);
      try (var rs = s.executeQuery()) {
        while (rs.next()) {
          columns.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    return columns;
  }

  /** Above every id of the tables cloned, so that id + n * stride never meets another row. */
  private long stride() throws SQLException {
    long max = 0;
    for (String table :
        List.of("plan", "plan_version", "department_input", "version_decision", "document")) {
      try (var s = db.createStatement();
          var rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
        rs.next();
        max = Math.max(max, rs.getLong(1));
      }
    }
    return (max / 1000 + 1) * 1000;
  }

  private List<String> processInstances(List<String> codes) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (var s =
        db.prepareStatement(
            "SELECT v.process_instance_id FROM plan_version v JOIN plan p ON p.id = v.plan_id"
                + " WHERE p.code = ANY(?) AND v.process_instance_id IS NOT NULL")) {
      s.setArray(1, db.createArrayOf("varchar", codes.toArray()));
      try (var rs = s.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
    }
    return ids;
  }

  private void restartIdentities() throws SQLException {
    for (String table :
        List.of("plan", "plan_version", "department_input", "version_decision", "document")) {
      try (var s = db.createStatement()) {
        s.execute(
            "SELECT setval(pg_get_serial_sequence('"
                + table
                + "', 'id'), (SELECT MAX(id) FROM "
                + table
                + "))");
      }
    }
  }

  private long update(String sql, List<String> values) throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      Array array = db.createArrayOf("varchar", values.toArray());
      for (int i = 1; i <= s.getParameterMetaData().getParameterCount(); i++) {
        s.setArray(i, array);
      }
      return s.executeLargeUpdate();
    }
  }
}
