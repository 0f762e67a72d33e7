package org.plandesk.library;

import java.util.Locale;

/**
 * A library the administrator adds, as typed: the code in capitals (a code is the same however it
 * is typed), text stripped of surrounding spaces, an empty parent for none.
 */
public record NewLibrary(String code, String name, String language, String parentCode) {

  public NewLibrary {
    code = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    name = name == null ? "" : name.strip();
    language = language == null ? "" : language.strip();
    parentCode =
        parentCode == null || parentCode.isBlank()
            ? null
            : parentCode.strip().toUpperCase(Locale.ROOT);
  }

  Library library() {
    return new Library(code, name, language, parentCode);
  }
}
