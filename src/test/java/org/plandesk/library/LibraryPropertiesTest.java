package org.plandesk.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The installation's own library as configured: a code, name or language PlanDesk could not use
 * stops the start with the variable to set, before any SQL runs; the migration's placeholders are
 * quoted, so a name with an apostrophe is stored as written.
 */
class LibraryPropertiesTest {

  @Test
  void aCodeOrLanguagePlanDeskCannotUseStopsTheStartNamingTheVariable() {
    assertThatThrownBy(() -> new LibraryProperties("KSZR-1", "Könyvtár", "hu"))
        .hasMessageContaining("PLANDESK_LIBRARY_CODE")
        .hasMessageContaining("'KSZR-1'");
    assertThatThrownBy(() -> new LibraryProperties("X", "Könyvtár", "hu"))
        .hasMessageContaining("PLANDESK_LIBRARY_CODE");
    assertThatThrownBy(() -> new LibraryProperties("JAMVK", "Könyvtár", "de"))
        .hasMessageContaining("PLANDESK_LIBRARY_LANGUAGE")
        .hasMessageContaining("[en, hu, lt, sv, ru, uk]");
    assertThatThrownBy(() -> new LibraryProperties("JAMVK", " ", "hu"))
        .hasMessageContaining("PLANDESK_LIBRARY_NAME");
    assertThatThrownBy(() -> new LibraryProperties("JAMVK", "Two\nlines", "hu"))
        .hasMessageContaining("PLANDESK_LIBRARY_NAME");
  }

  @Test
  void theMigrationsPlaceholdersAreQuotedForSql() {
    LibraryProperties own =
        new LibraryProperties(" LIBRARY ", "Children's Library ' ; DROP TABLE plan; --", "en");

    assertThat(LibraryMigrationSettings.placeholders(own))
        .containsEntry("library_code", "LIBRARY")
        .containsEntry("library_name", "Children''s Library '' ; DROP TABLE plan; --")
        .containsEntry("library_language", "en");
  }
}
