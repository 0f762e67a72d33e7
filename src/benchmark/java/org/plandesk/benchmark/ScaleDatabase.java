package org.plandesk.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.plandesk.PlanDeskApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The PostgreSQL database of the scale benchmarks (127.0.0.1:5432, user postgres, trust auth) and
 * PlanDesk started on it with the postgres profile, demo users on, mail sender and LibreOffice off.
 */
final class ScaleDatabase {

  static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
  static final String DEFAULT_NAME = "plandesk_scale_read";

  private ScaleDatabase() {}

  static void recreate(String name) throws SQLException {
    requireScaleName(name);
    try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
        var s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + name);
    }
  }

  static Connection connect(String name) throws SQLException {
    return DriverManager.getConnection(SERVER + name, "postgres", "");
  }

  /** Up to n plan codes, a fixed pseudo-random sample of the database's plans. */
  static List<String> sampleCodes(String name, int n) throws SQLException {
    return codes(name, "SELECT code FROM plan ORDER BY md5(code) LIMIT ?", n);
  }

  /** Codes of n plans in force (their progress pages have charts and calendars), fixed order. */
  static List<String> sampleCodesInForce(String name, int n) throws SQLException {
    return codes(
        name,
        "SELECT p.code FROM plan p JOIN plan_version v ON v.plan_id = p.id"
            + " WHERE v.status = 'IN_FORCE' ORDER BY md5(p.code) LIMIT ?",
        n);
  }

  private static List<String> codes(String name, String query, int n) throws SQLException {
    List<String> codes = new ArrayList<>();
    try (var db = connect(name);
        var s = db.prepareStatement(query)) {
      s.setInt(1, n);
      try (var rs = s.executeQuery()) {
        while (rs.next()) {
          codes.add(rs.getString(1));
        }
      }
    }
    return codes;
  }

  /** PlanDesk on the database; command-line arguments outrank the postgres profile's settings. */
  static ConfigurableApplicationContext start(
      String name, boolean jobExecutor, int port, String... more) {
    requireScaleName(name);
    List<String> args =
        new ArrayList<>(
            List.of(
                "--spring.datasource.url=" + SERVER + name,
                "--camunda.bpm.admin-user.password=scale",
                "--camunda.bpm.job-execution.enabled=" + jobExecutor,
                "--plandesk.demo-data=true",
                "--plandesk.demo-plans=false",
                "--plandesk.documents.office-enabled=false",
                "--plandesk.notification.sender-enabled=false",
                "--server.port=" + port,
                "--logging.level.root=warn"));
    args.addAll(List.of(more));
    return new SpringApplicationBuilder(PlanDeskApplication.class)
        .profiles("postgres")
        .run(args.toArray(String[]::new));
  }

  /** Only databases of these benchmarks are ever dropped. */
  private static void requireScaleName(String name) {
    if (!name.matches("plandesk_scale_[a-z0-9_]+")) {
      throw new IllegalArgumentException("Scale databases are named plandesk_scale_*: " + name);
    }
  }
}
