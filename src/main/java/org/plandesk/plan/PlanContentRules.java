package org.plandesk.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plandesk.system.Text;

/**
 * The rules a plan's content must follow. Saving a draft checks the rows and lengths; sending a
 * version to the director also needs the sections a controlled plan cannot do without.
 */
public final class PlanContentRules {

  public static final int LONG_TEXT = 4000;
  public static final int SHORT_TEXT = 500;

  private PlanContentRules() {}

  /**
   * The sections with rows, by the rules' name, and the name of their rows in the bundles ({@code
   * editor.<row>.name}: "Target group {0}").
   */
  public static final Map<String, String> ROW_NAMES =
      Map.of(
          "strategicGoals", "strategicGoal",
          "communicationGoals", "communicationGoal",
          "targetGroups", "tg",
          "actionItems", "ai",
          "monitoringInstruments", "mi",
          "indicators", "ind");

  private static final Pattern ROW_FIELD = Pattern.compile("(\\w+)\\[(\\d+)](?:\\.(\\w+))?");

  /** The rules' messages, and their sentences in the page bundle ({@code editor.problem.*}). */
  private static final List<Map.Entry<Pattern, String>> SAID =
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
              "editor.problem.savedMeanwhile"),
          Map.entry(Pattern.compile("Describe the starting point"), "plan.content.startingPoint"),
          Map.entry(
              Pattern.compile("Name at least one strategic goal"), "plan.content.strategicGoal"));

  /** A broken rule: the field path (as the editor names it) and what to fix. */
  public record Problem(String field, String message) {

    /**
     * The field in words, in any language: "Target group 2 – Name", "Starting point"; never the
     * path the rules use ({@code targetGroups[1].name}).
     */
    public Text label() {
      Matcher row = ROW_FIELD.matcher(field);
      if (row.matches() && ROW_NAMES.containsKey(row.group(1))) {
        Text rowName =
            Text.of(
                "editor." + ROW_NAMES.get(row.group(1)) + ".name",
                String.valueOf(Integer.parseInt(row.group(2)) + 1));
        return row.group(3) == null
            ? rowName
            : Text.of("editor.problem.inRow", rowName, Text.of("editor.field." + row.group(3)));
      }
      return Text.of("editor.field." + field);
    }

    /** What to fix, in any language; a message the rules do not know is said as it came. */
    public Text said() {
      Matcher known = known(message);
      if (known == null) {
        return Text.of("plan.content.asIs", message);
      }
      Object[] args = new Object[known.groupCount()];
      for (int i = 0; i < args.length; i++) {
        args[i] = known.group(i + 1);
      }
      return Text.of(
          SAID.stream()
              .filter(e -> e.getKey().pattern().equals(known.pattern().pattern()))
              .findFirst()
              .orElseThrow()
              .getValue(),
          args);
    }
  }

  /** True when the message is one of the rules' own, which {@link Problem#said()} translates. */
  public static boolean isKnown(String message) {
    return known(message) != null;
  }

  private static Matcher known(String message) {
    for (Map.Entry<Pattern, String> said : SAID) {
      Matcher m = said.getKey().matcher(message);
      if (m.matches()) {
        return m;
      }
    }
    return null;
  }

  /** Problems that stop a draft from being saved. */
  public static List<Problem> checkDraft(PlanContent content) {
    List<Problem> problems = new ArrayList<>();
    BiConsumer<String, String> add = (field, msg) -> problems.add(new Problem(field, msg));
    multiLine(add, "startingPoint", content.startingPoint(), LONG_TEXT);
    multiLine(add, "changeSummary", content.changeSummary(), LONG_TEXT);
    checkTexts(add, "strategicGoals", content.strategicGoals());
    checkTexts(add, "communicationGoals", content.communicationGoals());
    for (int i = 0; i < content.targetGroups().size(); i++) {
      var row = content.targetGroups().get(i);
      String at = "targetGroups[" + i + "]";
      required(add, at + ".name", row.name());
      if (row.tier() == null) {
        add.accept(at + ".tier", "Choose primary or secondary");
      }
      oneLine(add, at + ".name", row.name(), SHORT_TEXT);
      multiLine(add, at + ".message", row.message(), LONG_TEXT);
      multiLine(add, at + ".channels", row.channels(), LONG_TEXT);
    }
    for (int i = 0; i < content.actionItems().size(); i++) {
      var row = content.actionItems().get(i);
      String at = "actionItems[" + i + "]";
      required(add, at + ".content", row.content());
      multiLine(add, at + ".content", row.content(), LONG_TEXT);
      oneLine(add, at + ".place", row.place(), SHORT_TEXT);
      multiLine(add, at + ".expectedResult", row.expectedResult(), LONG_TEXT);
      oneLine(add, at + ".responsible", row.responsible(), SHORT_TEXT);
    }
    for (int i = 0; i < content.monitoringInstruments().size(); i++) {
      var row = content.monitoringInstruments().get(i);
      String at = "monitoringInstruments[" + i + "]";
      required(add, at + ".name", row.name());
      if (row.periodicity() == null) {
        add.accept(at + ".periodicity", "Choose how often the instrument is used");
      }
      oneLine(add, at + ".name", row.name(), SHORT_TEXT);
      oneLine(add, at + ".responsible", row.responsible(), SHORT_TEXT);
    }
    for (int i = 0; i < content.indicators().size(); i++) {
      var row = content.indicators().get(i);
      String at = "indicators[" + i + "]";
      required(add, at + ".name", row.name());
      oneLine(add, at + ".name", row.name(), SHORT_TEXT);
      oneLine(add, at + ".unit", row.unit(), 40);
    }
    return problems;
  }

  /** Problems that stop a version from going to the director. */
  public static List<Problem> checkReadyForApproval(PlanContent content) {
    List<Problem> problems = new ArrayList<>(checkDraft(content));
    if (content.startingPoint().isBlank()) {
      problems.add(new Problem("startingPoint", "Describe the starting point"));
    }
    if (content.strategicGoals().isEmpty()) {
      problems.add(new Problem("strategicGoals", "Name at least one strategic goal"));
    }
    return problems;
  }

  /** Fails with every problem in one message, or returns quietly. */
  public static void requireNone(List<Problem> problems) {
    if (!problems.isEmpty()) {
      throw new PlanRuleViolation(
          "plan.content.invalid",
          problems.stream().map(p -> Text.of("editor.problem.at", p.label(), p.said())).toList());
    }
  }

  private static void checkTexts(BiConsumer<String, String> add, String field, List<String> texts) {
    for (int i = 0; i < texts.size(); i++) {
      required(add, field + "[" + i + "]", texts.get(i));
      multiLine(add, field + "[" + i + "]", texts.get(i), LONG_TEXT);
    }
  }

  private static void required(BiConsumer<String, String> add, String field, String value) {
    if (value == null || value.isBlank()) {
      add.accept(field, "Required");
    }
  }

  /** A text of several lines (a description, a goal): tab and line breaks allowed. */
  private static void multiLine(
      BiConsumer<String, String> add, String field, String value, int max) {
    maxLength(add, field, value, max);
    problem(add, field, TextRules.multiLineProblem(value));
  }

  /** A text of one line (a name, a place, a unit): no control character at all. */
  private static void oneLine(BiConsumer<String, String> add, String field, String value, int max) {
    maxLength(add, field, value, max);
    problem(add, field, TextRules.oneLineProblem(value));
  }

  private static void problem(BiConsumer<String, String> add, String field, String problem) {
    if (problem != null) {
      add.accept(field, Character.toUpperCase(problem.charAt(0)) + problem.substring(1));
    }
  }

  private static void maxLength(
      BiConsumer<String, String> add, String field, String value, int max) {
    if (value != null && value.length() > max) {
      add.accept(field, "At most " + max + " characters (now " + value.length() + ")");
    }
  }
}
