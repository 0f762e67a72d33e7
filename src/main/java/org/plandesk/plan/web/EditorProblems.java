package org.plandesk.plan.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plandesk.plan.PlanContentRules;
import org.plandesk.plan.PlanContentRules.Problem;
import org.springframework.context.MessageSource;

/**
 * The editor's problems as a reader takes them in: each tied to its field (the field's id for the
 * summary's link and {@code aria-describedby}), named in words ("Target group 2 – Name") and said
 * in the reader's language, never as the field path the rules use ({@code targetGroups[1].name}).
 * The rules' messages are PlanDesk's own, in English; those the editor meets are said again from
 * the page bundle ({@code editor.problem.*}), anything else is shown as it came.
 */
final class EditorProblems {

  /** One problem for the summary at the top: the id of its field (null: the whole form), text. */
  record Shown(String anchor, String text) {}

  /** What the page shows: the summary, and each field's own messages by its path. */
  record View(List<Shown> summary, Map<String, String> byField) {}

  private static final Pattern ROW_FIELD = Pattern.compile("(\\w+)\\[(\\d+)](?:\\.(\\w+))?");

  /** Problems of the file name come from the plan service as whole sentences ("File name ..."). */
  private static final Pattern FILE_NAME =
      Pattern.compile("File name (is required|is too long: at most (\\d+) characters|must .*)");

  private final MessageSource messages;
  private final Locale locale;

  EditorProblems(MessageSource messages, Locale locale) {
    this.messages = messages;
    this.locale = locale;
  }

  /** True when the editor says this English message again in its own words, with its field. */
  static boolean recognises(String message) {
    return FILE_NAME.matcher(message).matches() || PlanContentRules.isKnown(message);
  }

  View of(List<Problem> problems) {
    List<Shown> summary = new ArrayList<>();
    Map<String, String> byField = new LinkedHashMap<>();
    for (Problem problem : problems) {
      Problem p = fileName(problem);
      String message = PlanContentRules.isKnown(p.message()) ? p.said().in(locale) : p.message();
      String field = p.field();
      if (field == null || field.isEmpty()) {
        summary.add(new Shown(null, message));
        continue;
      }
      byField.merge(field, message, (a, b) -> a + "; " + b);
      summary.add(
          new Shown(anchor(field), text("editor.problem.at", p.label().in(locale), message)));
    }
    return new View(summary, byField);
  }

  /** The id of a field on the page, as the editor's template writes it ({@code tg-1-name}). */
  static String anchor(String field) {
    Matcher row = ROW_FIELD.matcher(field);
    if (row.matches() && PlanContentRules.ROW_NAMES.containsKey(row.group(1))) {
      String id = PlanContentRules.ROW_NAMES.get(row.group(1)) + "-" + row.group(2);
      return row.group(3) == null ? id : id + "-" + row.group(3);
    }
    return field;
  }

  private static Problem fileName(Problem problem) {
    if (problem.field() != null && !problem.field().isEmpty()) {
      return problem;
    }
    Matcher m = FILE_NAME.matcher(problem.message());
    if (!m.matches()) {
      return problem;
    }
    String rest = m.group(1);
    String message =
        rest.equals("is required")
            ? "Required"
            : m.group(2) != null
                ? "At most " + m.group(2) + " characters"
                : Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    return new Problem("fileName", message);
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }
}
