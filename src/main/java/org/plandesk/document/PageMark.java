package org.plandesk.document;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A mark printed at the top of every page of a document, in the document's language: DRAFT on a
 * preview, SUPERSEDED or RETIRED (with the date and the version that replaced it) on a copy of a
 * document no longer in force. The archived document never carries one: a mark is stamped on a copy
 * when it is handed out ({@link PageMarks}).
 *
 * @param kind what the mark says, for machines ({@code X-Document-Mark}); never shown
 * @param text what a reader sees on every page
 */
public record PageMark(Kind kind, String text) {

  /** What a mark says. */
  public enum Kind {
    DRAFT,
    SUPERSEDED,
    RETIRED
  }

  public PageMark {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  /** The draft mark of a preview ("DRAFT – not approved"), in the document's language. */
  public static PageMark draft(String language) {
    return new PageMark(Kind.DRAFT, new DocumentLabels(language).get("draftMark"));
  }

  /** A superseded document's mark: the day the next version entered into force, and its number. */
  public static PageMark superseded(String language, LocalDate on, String byVersion) {
    DocumentLabels labels = new DocumentLabels(language);
    return new PageMark(
        Kind.SUPERSEDED,
        format(language, labels.get("mark.superseded"), labels.date(on), byVersion));
  }

  /** A retired document's mark: the day the plan was retired (no version replaced it). */
  public static PageMark retired(String language, LocalDate on) {
    DocumentLabels labels = new DocumentLabels(language);
    return new PageMark(
        Kind.RETIRED, format(language, labels.get("mark.retired"), labels.date(on)));
  }

  private static String format(String language, String pattern, Object... args) {
    return new MessageFormat(pattern, Locale.forLanguageTag(language)).format(args);
  }
}
