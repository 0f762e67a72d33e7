package org.plandesk.review.progress;

import java.time.LocalDate;
import java.util.List;
import org.plandesk.plan.PlanContent;

/**
 * An action item of the version in force with its implementation: the status set for it, whether it
 * is late (not done and its deadline passed), the activities held under it, and whether the reader
 * may record for it.
 *
 * @param number its place in the plan's list, from 1
 */
record ActionItemView(
    int number,
    PlanContent.ActionItem item,
    String key,
    ActionItemStatus status,
    List<ActionActivity> activities,
    boolean mayRecord,
    LocalDate today) {

  ActionItemView {
    activities = List.copyOf(activities);
  }

  /** Not done and its deadline has passed. */
  public boolean late() {
    return status != ActionItemStatus.DONE
        && item.deadline() != null
        && item.deadline().isBefore(today);
  }

  /** Everyone who took part in its activities. */
  public int participants() {
    return activities.stream().mapToInt(ActionActivity::participants).sum();
  }

  public List<ActionItemStatus> statuses() {
    return List.of(ActionItemStatus.values());
  }
}
