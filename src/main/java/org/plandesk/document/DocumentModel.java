package org.plandesk.document;

import java.util.List;
import java.util.Map;

/**
 * What a template is filled with: single values for {@code ${key}}, sections that are printed only
 * when they have content ({@code ${section:name}} ... {@code ${end:name}}), with list items ({@code
 * ${item}}) and table rows ({@code ${row.key}}), and the modification list rows ({@code
 * ${mod.key}}).
 */
public record DocumentModel(
    Map<String, String> values,
    Map<String, Section> sections,
    List<Map<String, String>> modifications) {

  /** A section: its list items, its table rows, and whether it has any content at all. */
  public record Section(List<String> items, List<Map<String, String>> rows, boolean present) {

    public static Section text(String text) {
      return new Section(List.of(), List.of(), text != null && !text.isBlank());
    }

    public static Section items(List<String> items) {
      return new Section(items, List.of(), !items.isEmpty());
    }

    public static Section rows(List<Map<String, String>> rows) {
      return new Section(List.of(), rows, !rows.isEmpty());
    }

    public static final Section ABSENT = new Section(List.of(), List.of(), false);
  }
}
