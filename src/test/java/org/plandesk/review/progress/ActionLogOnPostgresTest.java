package org.plandesk.review.progress;

import org.plandesk.cluster.FreshDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The implementation log and the progress page on PostgreSQL (127.0.0.1:5432, a fresh database per
 * run): the V11 migration, the status written over and the activities as PostgreSQL stores them.
 */
class ActionLogOnPostgresTest extends ActionLogHttpTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    FreshDatabase database = FreshDatabase.create("actionlog");
    registry.add("spring.datasource.url", database::url);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }
}
