package org.plandesk.notification;

import java.util.List;

/**
 * The content of one mail, already in the recipient's language, as the templates {@code
 * notification/mail.html} and {@code notification/mail.txt} lay it out.
 */
record MailView(
    String language,
    String subject,
    String greeting,
    List<String> paragraphs,
    List<String> items,
    Quote quote,
    List<String> closing,
    List<Fact> facts,
    Link action,
    List<Link> links,
    String note,
    String footer) {

  /** A labelled fact: "Plan: ...", "Due: ...". */
  record Fact(String label, String value) {}

  /** A link with the words that say where it leads. */
  record Link(String label, String url) {}

  /** Someone's words quoted as they wrote them (the director's comment). */
  record Quote(String label, String text) {}
}
