package org.plandesk.grant.process;

import java.math.BigDecimal;
import java.util.function.UnaryOperator;
import org.plandesk.grant.GrantRequest;
import org.plandesk.process.Words;

/**
 * A short Markdown summary of a grant request for the director's and the responsible person's forms
 * ({@code grantSummary}), in the request's language (that of the plan it serves): its labels from
 * the pages' bundles, amounts with the language's decimal sign, the deadline as the language writes
 * a day, and people by name.
 */
final class GrantSummary {

  private GrantSummary() {}

  /**
   * @param names a member of staff's name by user id
   */
  static String of(GrantRequest request, Words words, UnaryOperator<String> names) {
    StringBuilder text = new StringBuilder();
    label(text, words, "tasklist.grant.funder").append(request.funder());
    if (request.programme() != null) {
      text.append(" — ").append(request.programme());
    }
    text.append("\n\n");
    label(text, words, "tasklist.grant.amountRequested")
        .append(amount(words, request.amountRequested(), request.currency()))
        .append(" (")
        .append(
            words.text(
                "tasklist.grant.ownContribution",
                amount(words, request.ownContribution(), request.currency())))
        .append(')');
    text.append("\n\n");
    label(text, words, "tasklist.grant.purpose").append(request.purpose());
    text.append("\n\n");
    label(text, words, "tasklist.grant.expectedResults").append(request.expectedResults());
    if (request.planCode() != null) {
      text.append("\n\n");
      label(text, words, "tasklist.grant.serves").append(request.planCode());
      if (request.actionItem() != null) {
        text.append(" — ").append(request.actionItem());
      }
    }
    text.append("\n\n");
    String deadline = words.day(request.funderDeadline());
    // A day some languages end with a full stop (2027. május 1.) ends the sentence too.
    label(text, words, "tasklist.grant.funderDeadline")
        .append(deadline)
        .append(deadline.endsWith(".") ? " " : ". ");
    label(text, words, "tasklist.grant.responsible")
        .append(names.apply(request.responsible()))
        .append(". ");
    label(text, words, "tasklist.grant.preparedBy").append(names.apply(request.preparedBy()));
    return text.toString();
  }

  private static StringBuilder label(StringBuilder text, Words words, String key) {
    return text.append("**").append(words.text(key)).append(":** ");
  }

  private static String amount(Words words, BigDecimal value, String currency) {
    return words.money(value) + "\u00a0" + currency;
  }
}
