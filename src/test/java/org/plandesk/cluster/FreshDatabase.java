package org.plandesk.cluster;

import java.sql.DriverManager;
import java.sql.SQLException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * An empty PostgreSQL database on the local server (127.0.0.1:5432, user postgres, trust auth),
 * dropped and created again; only names starting with {@code plandesk_cluster_}, so nothing else on
 * the shared server is touched. The server itself is never stopped.
 */
public record FreshDatabase(String name, String url, JdbcClient jdbc) {

  static final String SERVER =
      System.getProperty("plandesk.test.pg", "jdbc:postgresql://127.0.0.1:5432/");
  private static final String PREFIX = "plandesk_cluster_";

  public static FreshDatabase create(String suffix) {
    String name = PREFIX + suffix;
    if (!name.matches("[a-z0-9_]+")) {
      throw new IllegalArgumentException("Not a plain database name: " + name);
    }
    try (var connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
        var statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL on " + SERVER + " is needed: " + e.getMessage(), e);
    }
    String url = SERVER + name;
    return new FreshDatabase(
        name, url, JdbcClient.create(new DriverManagerDataSource(url, "postgres", "")));
  }

  /**
   * The JDBC URL of this database reached through another host and port (a proxy in front of the
   * server).
   */
  public String urlThrough(String hostAndPort) {
    return "jdbc:postgresql://" + hostAndPort + "/" + name;
  }
}
