package org.plandesk.notification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import org.plandesk.plan.PlanLanguage;

/**
 * One mail being written for one recipient, in the recipient's language: the subject, paragraphs,
 * facts and links come from message keys; values (titles, names, comments) are passed as arguments
 * and escaped by the templates.
 */
final class Letter {

  private final MailTemplates templates;
  private final Function<String, String> configuredGroupNames;
  private final PlanLanguage language;
  private final Recipient recipient;
  private String subject;
  private final List<String> paragraphs = new ArrayList<>();
  private final List<String> items = new ArrayList<>();
  private MailView.Quote quote;
  private final List<String> closing = new ArrayList<>();
  private final List<MailView.Fact> facts = new ArrayList<>();
  private MailView.Link action;
  private final List<MailView.Link> links = new ArrayList<>();
  private String note;

  Letter(
      MailTemplates templates,
      Function<String, String> configuredGroupNames,
      PlanLanguage language,
      Recipient recipient) {
    this.templates = templates;
    this.configuredGroupNames = configuredGroupNames;
    this.language = language;
    this.recipient = recipient;
  }

  PlanLanguage language() {
    return language;
  }

  Recipient recipient() {
    return recipient;
  }

  /** A text of the bundles, for values that are themselves translated (task names). */
  String text(String key, Object... args) {
    return templates.text(language, key, args);
  }

  String textOr(String key, String defaultText, Object... args) {
    return templates.textOr(language, key, defaultText, args);
  }

  /**
   * A group's name: PlanDesk's roles and the default departments are translated in the bundles
   * ({@code group.<id>}); other departments keep their configured name.
   */
  String group(String groupId) {
    return textOr("group." + groupId, configuredGroupNames.apply(groupId));
  }

  String date(LocalDate date) {
    return templates.date(language, date);
  }

  String due(Date due) {
    return due == null ? text("mail.due.none") : templates.due(language, due);
  }

  Letter subject(String key, Object... args) {
    subject = text(key, args);
    return this;
  }

  /** A paragraph; after a list or a quote it follows them. */
  Letter paragraph(String key, Object... args) {
    (items.isEmpty() && quote == null ? paragraphs : closing).add(text(key, args));
    return this;
  }

  Letter item(String text) {
    items.add(text);
    return this;
  }

  Letter quote(String labelKey, String text) {
    if (text != null && !text.isBlank()) {
      quote = new MailView.Quote(text(labelKey), text.strip());
    }
    return this;
  }

  Letter fact(String labelKey, String value) {
    if (value != null && !value.isBlank()) {
      facts.add(new MailView.Fact(text(labelKey), value));
    }
    return this;
  }

  /** The one thing to do, shown as a button. */
  Letter action(String labelKey, String url) {
    action = new MailView.Link(text(labelKey), url);
    return this;
  }

  Letter link(String labelKey, String url) {
    links.add(new MailView.Link(text(labelKey), url));
    return this;
  }

  Letter note(String key, Object... args) {
    note = text(key, args);
    return this;
  }

  MailView view() {
    if (subject == null) {
      throw new IllegalStateException("A mail needs a subject");
    }
    return new MailView(
        language.name(),
        subject,
        text("mail.greeting", recipient.name()),
        List.copyOf(paragraphs),
        List.copyOf(items),
        quote,
        List.copyOf(closing),
        List.copyOf(facts),
        action,
        List.copyOf(links),
        note,
        text("mail.footer"));
  }
}
