package org.plandesk.grant.web;

import org.plandesk.cluster.FreshDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Traceability goal ↔ action item ↔ grant on PostgreSQL (127.0.0.1:5432, a fresh database per run):
 * the V14 migration, links replaced and refused as PostgreSQL stores them, the pages reading them.
 */
class GrantLinksOnPostgresTest extends GrantLinksHttpTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    FreshDatabase database = FreshDatabase.create("grantlinks");
    registry.add("spring.datasource.url", database::url);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }
}
