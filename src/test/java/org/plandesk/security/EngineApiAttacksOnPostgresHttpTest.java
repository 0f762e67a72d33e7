package org.plandesk.security;

import org.plandesk.cluster.FreshDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The engine API attacks against PlanDesk on PostgreSQL (127.0.0.1:5432, a fresh database per run).
 */
class EngineApiAttacksOnPostgresHttpTest extends EngineApiAttacksHttpTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    FreshDatabase database = FreshDatabase.create("attacks");
    registry.add("spring.datasource.url", database::url);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }
}
