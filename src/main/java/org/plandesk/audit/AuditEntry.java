package org.plandesk.audit;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.plandesk.system.Text;

/**
 * One line of a plan's audit trail: when, which version, who, what happened, and its details. What
 * happened is kept as sentences with their arguments ({@link Text}), built afresh from the engine's
 * history and PlanDesk's records at every reading, so that each reader reads them in their own
 * language ({@link #action(Locale)}, {@link #detail(Locale)}); nothing of it is stored, and the
 * exports (CSV, audit pack) keep the English wording ({@link #action()}, {@link #detail()}).
 *
 * @param details the details, each a sentence, shown one after the other
 */
public record AuditEntry(
    Instant at, Text versionLabel, String actorId, String actor, Text what, List<Text> details) {

  public AuditEntry {
    details = List.copyOf(details);
  }

  /** The version ("1.0", "draft #2") in English. */
  public String version() {
    return versionLabel.english();
  }

  /** The version in the reader's language. */
  public String version(Locale reader) {
    return versionLabel.in(reader);
  }

  /** What happened, in English (exports, sorting, logs). */
  public String action() {
    return what.english();
  }

  /** What happened, in the reader's language. */
  public String action(Locale reader) {
    return what.in(reader);
  }

  /** The details in English, separated by "; ". */
  public String detail() {
    return detail(Locale.ENGLISH);
  }

  /** The details in the reader's language, separated by "; ". */
  public String detail(Locale reader) {
    return String.join("; ", details.stream().map(d -> d.in(reader)).toList());
  }

  AuditEntry named(String name) {
    return new AuditEntry(at, versionLabel, actorId, name, what, details);
  }
}
