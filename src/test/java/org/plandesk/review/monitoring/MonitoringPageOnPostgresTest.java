package org.plandesk.review.monitoring;

import org.plandesk.cluster.FreshDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The monitoring page, the indicators fed from the activity log and the living record's audit trail
 * on PostgreSQL (127.0.0.1:5432, a fresh database per run): the V13 migration and the result stored
 * with its task completed in one PostgreSQL transaction.
 */
class MonitoringPageOnPostgresTest extends MonitoringPageHttpTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    FreshDatabase database = FreshDatabase.create("monitoring");
    registry.add("spring.datasource.url", database::url);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }
}
