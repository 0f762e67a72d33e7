package org.plandesk.review;

import java.time.LocalDate;
import java.util.List;
import org.plandesk.plan.PlanContent;

/**
 * When a monitoring instrument of a plan in force is due: its first use one period after the
 * effective date, each next one a period after the last due date (as the review process schedules
 * its tasks), so with n results recorded the next is due n + 1 periods after the effective date.
 *
 * @param responsible the group or person the plan names for it, as written in the plan (null: the
 *     coordinator)
 * @param resultsRecorded how many results of it are recorded for the version in force
 * @param lastResult the day of its latest result, or null
 * @param dueDates the next due date, then the following ones within a year from today
 */
public record MonitoringDue(
    String instrument,
    PlanContent.Periodicity periodicity,
    String responsible,
    int resultsRecorded,
    LocalDate lastResult,
    List<LocalDate> dueDates) {

  public MonitoringDue {
    dueDates = List.copyOf(dueDates);
  }

  /** The next due date. */
  public LocalDate nextDue() {
    return dueDates.get(0);
  }

  /** The due dates after the next one. */
  public List<LocalDate> following() {
    return dueDates.subList(1, dueDates.size());
  }

  /** Whether the next use's due date has passed. */
  public boolean overdue(LocalDate today) {
    return nextDue().isBefore(today);
  }
}
