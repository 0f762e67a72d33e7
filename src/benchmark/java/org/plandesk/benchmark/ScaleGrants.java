package org.plandesk.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Grant and fundraising requests for reading at scale: {@link ScaleSeed} copies plans, not grants,
 * so the grants register, a request's page and the list of what is due would read an empty table.
 * Adds, once per database, one request for every twentieth plan in force (about 430 of 8,600), in
 * every status, each with its history and, when awarded, two reports due (one already reported), in
 * bulk SQL ({@code generate_series}), dated around the day of the run.
 */
final class ScaleGrants {

  /** One request per this many plans in force. */
  static final int PLANS_PER_REQUEST = 20;

  private static final String[] STATUSES = {
    "IN_APPROVAL", "CHANGES_REQUESTED", "REJECTED", "APPROVED", "SUBMITTED",
    "AWARDED", "AWARDED", "DECLINED", "MISSED", "CLOSED"
  };

  private ScaleGrants() {}

  /** Adds the requests unless the database has some already; the ids of all its requests. */
  static List<Long> ensure(String database) throws SQLException {
    try (Connection db = ScaleDatabase.connect(database)) {
      if (ids(db).isEmpty()) {
        insert(db);
      }
      return ids(db);
    }
  }

  private static void insert(Connection db) throws SQLException {
    String statuses = "(ARRAY['" + String.join("','", STATUSES) + "'])";
    try (var s = db.createStatement()) {
      s.executeUpdate(
          "INSERT INTO grant_request (status, title, funder, programme, amount_requested, currency,"
              + " own_contribution, purpose, expected_results, plan_code, funder_deadline,"
              + " responsible, prepared_by, submitted_on, amount_awarded, created_at, updated_at)"
              + " SELECT "
              + statuses
              + "[1 + (p.n % "
              + STATUSES.length
              + ")], 'Grant for ' || p.code, 'National Cultural Fund', 'Library as a community"
              + " space', 40000 + (p.n % 50) * 1000, 'EUR', 5000, 'Further funds for the plan',"
              + " 'Renewed computers in five branches', p.code,"
              + " CURRENT_DATE + ((p.n % 120) - 30), 'coordinator', 'coordinator',"
              + " CASE WHEN "
              + statuses
              + "[1 + (p.n % "
              + STATUSES.length
              + ")] IN ('SUBMITTED', 'AWARDED', 'DECLINED', 'CLOSED')"
              + " THEN CURRENT_DATE - (p.n % 90) END,"
              + " CASE WHEN "
              + statuses
              + "[1 + (p.n % "
              + STATUSES.length
              + ")] IN ('AWARDED', 'CLOSED') THEN 35000 END,"
              + " NOW(), NOW()"
              + " FROM (SELECT pl.code, CAST(ROW_NUMBER() OVER (ORDER BY pl.code) AS INT) AS n"
              + "   FROM plan pl JOIN plan_version v ON v.plan_id = pl.id AND v.status = 'IN_FORCE')"
              + " p WHERE p.n = 1 OR p.n % "
              + PLANS_PER_REQUEST
              + " = 0");
      s.executeUpdate(
          "INSERT INTO grant_event (grant_id, kind, detail, actor, happened_at)"
              + " SELECT id, 'PREPARED', NULL, 'coordinator', created_at FROM grant_request");
      s.executeUpdate(
          "INSERT INTO grant_obligation (grant_id, due_date, description, reported_on,"
              + " report_summary, reported_by)"
              + " SELECT id, CURRENT_DATE + CAST(id % 200 AS INT) - 20, 'Interim report', NULL, NULL, NULL"
              + " FROM grant_request WHERE status IN ('AWARDED', 'CLOSED')"
              + " UNION ALL SELECT id, CURRENT_DATE - 60, 'Start report', CURRENT_DATE - 61,"
              + " 'Sent', 'coordinator' FROM grant_request WHERE status IN ('AWARDED', 'CLOSED')");
      s.execute("ANALYZE grant_request");
      s.execute("ANALYZE grant_event");
      s.execute("ANALYZE grant_obligation");
    }
  }

  private static List<Long> ids(Connection db) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (var s = db.createStatement();
        var rs = s.executeQuery("SELECT id FROM grant_request ORDER BY id")) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
      }
    }
    return ids;
  }
}
