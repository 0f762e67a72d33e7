package org.plandesk.plan.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /** Sections with rows: the rules' name, the editor's form prefix, the bundle's row name. */
  private static final Map<String, String> ROWS =
      Map.of(
          "strategicGoals", "strategicGoal",
          "communicationGoals", "communicationGoal",
          "targetGroups", "tg",
          "actionItems", "ai",
          "monitoringInstruments", "mi",
          "indicators", "ind");

  private static final Pattern ROW_FIELD = Pattern.compile("(\\w+)\\[(\\d+)](?:\\.(\\w+))?");

  /** The rules' messages the editor meets, and their keys in the page bundle. */
  private static final List<Map.Entry<Pattern, String>> MESSAGES =
      List.of(
          Map.entry(Pattern.compile("Required"), "editor.problem.required"),
          Map.entry(Pattern.compile("Choose primary or secondary"), "editor.problem.chooseTier"),
          Map.entry(
              Pattern.compile("Choose how often the instrument is used"),
              "editor.problem.choosePeriodicity"),
          Map.entry(
              Pattern.compile("At most (\\d+) characters \\(now (\\d+)\\)"),
              "editor.problem.tooLong"),
          Map.entry(Pattern.compile("At most (\\d+) characters"), "editor.problem.atMost"),
          Map.entry(
              Pattern.compile("Not a date \\(YYYY-MM-DD\\): (.*)", Pattern.DOTALL),
              "editor.problem.notADate"),
          Map.entry(
              Pattern.compile("Not a number: (.*)", Pattern.DOTALL), "editor.problem.notANumber"),
          Map.entry(
              Pattern.compile("Unknown choice '(.*)'", Pattern.DOTALL),
              "editor.problem.unknownChoice"),
          Map.entry(
              Pattern.compile(
                  "Must not contain control characters or line breaks \\(found (.*)\\)"),
              "editor.problem.oneLine"),
          Map.entry(
              Pattern.compile(
                  "Must not contain control characters other than tab and line breaks \\(found (.*)\\)"),
              "editor.problem.multiLine"),
          Map.entry(
              Pattern.compile("Someone else saved this draft after you opened it: .*"),
              "editor.problem.savedMeanwhile"));

  /** Problems of the file name come from the plan service as whole sentences ("File name ..."). */
  private static final Pattern FILE_NAME =
      Pattern.compile("File name (is required|is too long: at most (\\d+) characters|must .*)");

  private final MessageSource messages;
  private final Locale locale;

  EditorProblems(MessageSource messages, Locale locale) {
    this.messages = messages;
    this.locale = locale;
  }

  View of(List<Problem> problems) {
    List<Shown> summary = new ArrayList<>();
    Map<String, String> byField = new LinkedHashMap<>();
    for (Problem problem : problems) {
      Problem p = fileName(problem);
      String message = message(p.message());
      String field = p.field();
      if (field == null || field.isEmpty()) {
        summary.add(new Shown(null, message));
        continue;
      }
      byField.merge(field, message, (a, b) -> a + "; " + b);
      summary.add(new Shown(anchor(field), text("editor.problem.at", name(field), message)));
    }
    return new View(summary, byField);
  }

  /** The id of a field on the page, as the editor's template writes it ({@code tg-1-name}). */
  static String anchor(String field) {
    Matcher row = ROW_FIELD.matcher(field);
    if (row.matches() && ROWS.containsKey(row.group(1))) {
      String id = ROWS.get(row.group(1)) + "-" + row.group(2);
      return row.group(3) == null ? id : id + "-" + row.group(3);
    }
    return field;
  }

  /** The field in words: "Target group 2 – Name", "Starting point". */
  private String name(String field) {
    Matcher row = ROW_FIELD.matcher(field);
    if (row.matches() && ROWS.containsKey(row.group(1))) {
      String rowName =
          text(
              "editor." + ROWS.get(row.group(1)) + ".name",
              String.valueOf(Integer.parseInt(row.group(2)) + 1));
      return row.group(3) == null
          ? rowName
          : text("editor.problem.inRow", rowName, text("editor.field." + row.group(3)));
    }
    return text("editor.field." + field);
  }

  private String message(String message) {
    for (Map.Entry<Pattern, String> known : MESSAGES) {
      Matcher m = known.getKey().matcher(message);
      if (m.matches()) {
        Object[] args = new Object[m.groupCount()];
        for (int i = 0; i < args.length; i++) {
          args[i] = m.group(i + 1);
        }
        return text(known.getValue(), args);
      }
    }
    return message;
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
