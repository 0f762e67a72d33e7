package org.plandesk.document;

import java.util.List;
import java.util.Map;

/**
 * What a template is filled with: single values for {@code ${key}}, sections that are printed only
 * when they have content ({@code ${section:name}} ... {@code ${end:name}}), with list items ({@code
 * ${item}}), table rows ({@code ${row.key}}) and pictures ({@code ${chart}}: one paragraph per
 * picture), and the modification list rows ({@code ${mod.key}}).
 */
public record DocumentModel(
    Map<String, String> values,
    Map<String, Section> sections,
    List<Map<String, String>> modifications) {

  /**
   * A section: its list items, its table rows, its pictures, and whether it has any content at all.
   */
  public record Section(
      List<String> items, List<Map<String, String>> rows, List<Picture> pictures, boolean present) {

    public Section(List<String> items, List<Map<String, String>> rows, boolean present) {
      this(items, rows, List.of(), present);
    }

    /** A section of pictures, each printed where the template's {@code ${chart}} paragraph is. */
    public static Section pictures(List<Picture> pictures) {
      return new Section(List.of(), List.of(), pictures, !pictures.isEmpty());
    }

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

  /**
   * A PNG picture with its text alternative (read out by screen readers, shown when the picture
   * cannot be).
   */
  public record Picture(byte[] png, String description) {}
}
