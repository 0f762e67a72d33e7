package org.plandesk.review.progress;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * An activity as the progress page's form sends it (seed 003's fields), every field as typed, so a
 * refused form shows again with what was typed. {@link #check} names each broken rule by its field;
 * only a form without any becomes {@link Valid}.
 */
record ActivityForm(
    String heldOn,
    String place,
    String participants,
    String goal,
    String result,
    String responsible) {

  static final int ONE_LINE = 200;
  static final int LONG_TEXT = FormTexts.LONG_TEXT;
  static final int MOST_PARTICIPANTS = 100_000;

  /**
   * A broken rule: the field, the message key ({@code living.activity.error.*}) and its argument.
   */
  record Problem(String field, String message, Object argument) {}

  /** A checked activity, ready to store. */
  record Valid(
      LocalDate heldOn,
      String place,
      int participants,
      String goal,
      String result,
      String responsible) {}

  static ActivityForm empty() {
    return new ActivityForm("", "", "", "", "", "");
  }

  /** Every broken rule, in the order of the form's fields; empty when the form is valid. */
  List<Problem> check(LocalDate today) {
    List<Problem> problems = new ArrayList<>();
    if (blank(heldOn)) {
      problems.add(new Problem("heldOn", "required", null));
    } else {
      try {
        if (LocalDate.parse(heldOn.strip()).isAfter(today)) {
          problems.add(new Problem("heldOn", "future", null));
        }
      } catch (DateTimeParseException e) {
        problems.add(new Problem("heldOn", "date", null));
      }
    }
    oneLine(problems, "place", place);
    if (blank(participants)) {
      problems.add(new Problem("participants", "required", null));
    } else {
      try {
        int count = Integer.parseInt(participants.strip());
        if (count < 0 || count > MOST_PARTICIPANTS) {
          problems.add(new Problem("participants", "number", MOST_PARTICIPANTS));
        }
      } catch (NumberFormatException e) {
        problems.add(new Problem("participants", "number", MOST_PARTICIPANTS));
      }
    }
    multiLine(problems, "goal", goal, true);
    multiLine(problems, "result", result, false);
    oneLine(problems, "responsible", responsible);
    return problems;
  }

  /** The activity as it is stored; only for a form {@link #check} found nothing wrong with. */
  Valid valid() {
    return new Valid(
        LocalDate.parse(heldOn.strip()),
        place.strip(),
        Integer.parseInt(participants.strip()),
        goal.strip(),
        blank(result) ? null : result.strip(),
        responsible.strip());
  }

  private static void oneLine(List<Problem> problems, String field, String value) {
    if (blank(value)) {
      problems.add(new Problem(field, "required", null));
    } else if (value.strip().length() > ONE_LINE) {
      problems.add(new Problem(field, "tooLong", ONE_LINE));
    } else if (value.chars().anyMatch(Character::isISOControl)) {
      problems.add(new Problem(field, "oneLine", null));
    }
  }

  private static void multiLine(
      List<Problem> problems, String field, String value, boolean required) {
    String problem = FormTexts.multiLineProblem(value, required);
    if (problem != null) {
      problems.add(new Problem(field, problem, "tooLong".equals(problem) ? LONG_TEXT : null));
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
