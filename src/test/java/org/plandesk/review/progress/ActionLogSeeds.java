package org.plandesk.review.progress;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The implementation log of a plan filled as the progress page would (for tests of what reads it,
 * such as the yearly report): an action item's status and the activities held under it.
 */
public final class ActionLogSeeds {

  private final ActionLogRepository log;

  public ActionLogSeeds(JdbcClient jdbc) {
    this.log = new ActionLogRepository(jdbc);
  }

  /** Sets the status (PLANNED, IN_PROGRESS, DONE) of the plan's action item with this text. */
  public void status(long planId, String item, String status) {
    log.setStatus(
        planId, ActionItemKey.of(item), item, ActionItemStatus.valueOf(status), "coordinator");
  }

  /** Records an activity held under the plan's action item with this text. */
  public void activity(
      long planId, String item, LocalDate heldOn, String place, int participants, String goal) {
    log.insertActivity(
        planId,
        ActionItemKey.of(item),
        item,
        new ActivityForm.Valid(heldOn, place, participants, goal, "Done as planned", "Events"),
        "coordinator");
  }
}
