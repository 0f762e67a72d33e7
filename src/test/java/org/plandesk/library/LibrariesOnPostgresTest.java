package org.plandesk.library;

import org.junit.jupiter.api.Tag;
import org.plandesk.cluster.FreshDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The library network's foundation on PostgreSQL (127.0.0.1:5432, a fresh database per run): the
 * migration with the own library's placeholders, its column defaults and keys, and Camunda's tenant
 * tables as PostgreSQL runs them.
 */
@Tag("integration")
class LibrariesOnPostgresTest extends LibrariesTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    FreshDatabase database = FreshDatabase.create("libraries");
    registry.add("spring.datasource.url", database::url);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }
}
