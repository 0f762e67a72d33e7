package org.plandesk.library;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Gives {@code V20__libraries.sql} the installation's own library as Flyway placeholders: its code
 * (the default library of existing plans and grant requests), name and language. The values come
 * from {@link LibraryProperties}, checked already, and are quoted for an SQL string here, so a name
 * such as {@code Children's Library} is stored as written. Flyway's checksum is taken of the script
 * before placeholders are replaced, so a later change of the configuration never fails validation.
 */
@Configuration
public class LibraryMigrationSettings {

  @Bean
  FlywayConfigurationCustomizer ownLibraryPlaceholders(LibraryProperties own) {
    return configuration -> {
      Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
      placeholders.putAll(placeholders(own));
      configuration.placeholders(placeholders);
    };
  }

  /**
   * The placeholders of the own library's migration, their values quoted for SQL strings (also for
   * a test that runs Flyway on its own).
   */
  public static Map<String, String> placeholders(LibraryProperties own) {
    return Map.of(
        "library_code", quoted(own.code()),
        "library_name", quoted(own.name()),
        "library_language", quoted(own.language()));
  }

  /** A value inside {@code '...'}: quotes doubled (standard SQL, H2 and PostgreSQL alike). */
  private static String quoted(String value) {
    return value.replace("'", "''");
  }
}
