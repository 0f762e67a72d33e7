package org.plandesk.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The rules a plan's content must follow. Saving a draft checks the rows and lengths; sending a
 * version to the director also needs the sections a controlled plan cannot do without.
 */
public final class PlanContentRules {

  public static final int LONG_TEXT = 4000;
  public static final int SHORT_TEXT = 500;

  private PlanContentRules() {}

  /** A broken rule: the field path (as the editor names it) and what to fix. */
  public record Problem(String field, String message) {}

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
      StringBuilder message = new StringBuilder("The plan content is not valid:");
      problems.forEach(
          p -> message.append(' ').append(p.field()).append(": ").append(p.message()).append(';'));
      throw new PlanRuleViolation(message.toString());
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
