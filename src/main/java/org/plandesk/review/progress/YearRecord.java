package org.plandesk.review.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.plandesk.plan.Plan;
import org.plandesk.plan.PlanVersion;

/**
 * What a plan in force did in one calendar year, as its yearly implementation report tells it: the
 * action items of the version in force with their status and the activities held under them that
 * year, and the indicators with the actual values recorded up to the year's end.
 */
public record YearRecord(
    Plan plan, PlanVersion version, int year, List<Action> actions, List<Indicator> indicators) {

  public YearRecord {
    actions = List.copyOf(actions);
    indicators = List.copyOf(indicators);
  }

  /** The action items marked done. */
  public List<Action> done() {
    return actions.stream().filter(a -> a.status() == ActionItemStatus.DONE).toList();
  }

  /** The action items not done (planned or in progress, late or not). */
  public List<Action> notDone() {
    return actions.stream().filter(a -> a.status() != ActionItemStatus.DONE).toList();
  }

  /**
   * An action item of the version in force.
   *
   * @param number its place in the plan's list, from 1
   * @param late not done and its deadline passed before the report was made
   * @param activities those held in the year, oldest first
   */
  public record Action(
      int number,
      String content,
      String responsible,
      LocalDate deadline,
      ActionItemStatus status,
      boolean late,
      List<Activity> activities) {

    public Action {
      activities = List.copyOf(activities);
    }

    public int participants() {
      return activities.stream().mapToInt(Activity::participants).sum();
    }
  }

  /** An activity held under an action item (seed 003's record). */
  public record Activity(
      LocalDate heldOn,
      String place,
      int participants,
      String goal,
      String result,
      String responsible) {}

  /**
   * A strategic indicator with its actual values up to the year's end, oldest first.
   *
   * @param reached whether the latest value has reached the target; null without a value or target
   */
  public record Indicator(
      int number,
      String name,
      String unit,
      BigDecimal baseline,
      BigDecimal target,
      List<Reading> values,
      Boolean reached) {

    public Indicator {
      values = List.copyOf(values);
    }

    /** The latest value, or null. */
    public Reading latest() {
      return values.isEmpty() ? null : values.get(values.size() - 1);
    }
  }

  /** An actual value recorded on a day. */
  public record Reading(LocalDate date, BigDecimal value) {}
}
