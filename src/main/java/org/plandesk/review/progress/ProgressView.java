package org.plandesk.review.progress;

import java.time.LocalDate;
import java.util.List;
import org.plandesk.plan.Plan;
import org.plandesk.plan.PlanVersion;
import org.plandesk.plan.VoteRanking;
import org.plandesk.review.PlanCalendar;

/**
 * Everything the progress page of a plan shows.
 *
 * @param version the version in force, or null when none is
 * @param calendar the monitoring calendar and next review of the version in force, or null
 * @param ranking the target groups ranked by the departments' votes on the version in force (else
 *     on the latest version that received input)
 * @param rankedVersion the version whose votes are counted, or null when none received votes
 * @param actions the action items of the version in force with their implementation
 * @param funding the strategic goals of the version in force with the requests that fund them
 */
record ProgressView(
    Plan plan,
    PlanVersion version,
    PlanCalendar calendar,
    List<IndicatorChart> charts,
    VoteRanking ranking,
    PlanVersion rankedVersion,
    List<ActionItemView> actions,
    GoalFunding funding,
    LocalDate today) {

  /** Whether the reader may record under any action item (the page then offers its forms). */
  public boolean mayRecord() {
    return actions.stream().anyMatch(ActionItemView::mayRecord);
  }

  /** Whether the next review's due date has passed. */
  public boolean reviewOverdue() {
    return calendar != null && calendar.reviewDue() != null && calendar.reviewDue().isBefore(today);
  }
}
