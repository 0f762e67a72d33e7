package org.plandesk.security;

import org.plandesk.cluster.FreshDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The error bodies on PostgreSQL (127.0.0.1:5432, a fresh database per run, the demo users):
 * PostgreSQL words its unique-key and too-long failures differently from H2, and a failed statement
 * aborts the whole transaction; the answers must be the same 409 and 400, with nothing changed.
 */
class ErrorBodiesOnPostgresTest extends ErrorBodiesHttpTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    FreshDatabase database = FreshDatabase.create("errors");
    registry.add("spring.datasource.url", database::url);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }
}
