package org.plandesk.plan.process;

import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The lifecycle as users drive it, on PostgreSQL through a real connection (127.0.0.1:5432, a fresh
 * database per run), with the postgres profile: no demo users but the admin, so the test creates
 * its own users as an administrator would.
 */
@Tag("integration")
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
class LifecycleOnPostgresTest extends LifecycleAsUsersTest {

  static final String SERVER =
      System.getProperty("plandesk.test.pg", "jdbc:postgresql://127.0.0.1:5432/");
  static final String DATABASE = "plandesk_test";

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
    registry.add("camunda.bpm.admin-user.password", () -> "admin-secret");
  }

  @org.junit.jupiter.api.BeforeEach
  void createStaff(
      @org.springframework.beans.factory.annotation.Autowired
          org.camunda.bpm.engine.IdentityService identity) {
    TestStaff.ensure(identity);
  }
}
