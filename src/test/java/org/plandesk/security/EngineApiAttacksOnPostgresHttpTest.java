package org.plandesk.security;

import org.junit.jupiter.api.Tag;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The engine API attacks against PlanDesk on PostgreSQL, on a database of their own. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.generate-unique-process-engine-name=false")
@Tag("integration")
@ActiveProfiles({"test", "postgres"})
class EngineApiAttacksOnPostgresHttpTest extends EngineApiAttacks {

  private static final String SERVER = System.getProperty("plandesk.test.pg", "jdbc:postgresql://127.0.0.1:5432/");
  private static final String DATABASE = "plandesk_security_test";
  private static final String ADMIN_PASSWORD = "admin-secret";

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) throws SQLException {
    try (var connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
        var statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + DATABASE);
    }
    registry.add("spring.datasource.url", () -> SERVER + DATABASE);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
    registry.add("camunda.bpm.admin-user.password", () -> ADMIN_PASSWORD);
  }

  @Override
  String adminPassword() {
    return ADMIN_PASSWORD;
  }
}
