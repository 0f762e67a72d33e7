package org.plandesk.library;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The installation's own library ({@code plandesk.library}: {@code PLANDESK_LIBRARY_CODE}, {@code
 * PLANDESK_LIBRARY_NAME}, {@code PLANDESK_LIBRARY_LANGUAGE}): the first library of its network, to
 * which every plan and grant request belongs until it names another. Checked as the application
 * starts, before the database is touched: a code or language PlanDesk could not use stops the start
 * with the reason.
 */
@ConfigurationProperties("plandesk.library")
public record LibraryProperties(String code, String name, String language) {

  public LibraryProperties {
    code = code == null ? null : code.strip();
    name = name == null ? null : name.strip();
    language = language == null ? null : language.strip();
    if (!LibraryRules.wellFormedCode(code)) {
      throw new IllegalArgumentException(
          "plandesk.library.code (PLANDESK_LIBRARY_CODE) must be 2 to 20 of the letters A-Z and"
              + " digits, beginning with a letter, not '"
              + code
              + "'");
    }
    if (name == null || name.isEmpty() || name.length() > 200 || LibraryRules.hasControl(name)) {
      throw new IllegalArgumentException(
          "plandesk.library.name (PLANDESK_LIBRARY_NAME) must be a name of one line, at most 200"
              + " characters");
    }
    if (!LibraryRules.LANGUAGES.contains(language)) {
      throw new IllegalArgumentException(
          "plandesk.library.language (PLANDESK_LIBRARY_LANGUAGE) must be one of "
              + LibraryRules.LANGUAGES
              + ", not '"
              + language
              + "'");
    }
  }

  /** The installation's own library. */
  public Library library() {
    return new Library(code, name, language, null);
  }
}
