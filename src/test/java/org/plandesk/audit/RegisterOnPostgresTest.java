package org.plandesk.audit;

import org.plandesk.cluster.FreshDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The register, plan page and audit trail tests on PostgreSQL (127.0.0.1:5432, a fresh database per
 * run, the demo users): the register's stored keys, its orders and LIKE escapes as PostgreSQL runs
 * them.
 */
class RegisterOnPostgresTest extends AuditAndRegisterHttpTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    FreshDatabase database = FreshDatabase.create("register");
    registry.add("spring.datasource.url", database::url);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }
}
