package org.plandesk.document;

import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The move to one document archive on PostgreSQL 15 (127.0.0.1:5432, a fresh database): the same
 * checks as on H2.
 */
@Tag("integration")
class DocumentArchiveMigrationOnPostgresTest extends DocumentArchiveMigrationTest {

  private static final String SERVER =
      System.getProperty("plandesk.test.pg", "jdbc:postgresql://127.0.0.1:5432/");
  private static final String DATABASE = "plandesk_archive_test";

  @Override
  DataSource emptyDatabase() {
    try (var connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
        var statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + DATABASE);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + SERVER + " is needed", e);
    }
    return new DriverManagerDataSource(SERVER + DATABASE, "postgres", "");
  }
}
