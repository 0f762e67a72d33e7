package org.plandesk.review.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.plandesk.review.ReviewSchedule;
import org.plandesk.review.ReviewService;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ScheduleReview}: the next review's due date and reminder. Reads versionId,
 * effectiveDate, reviewFrom and reviewRule (from {@code Task_DecideReviewInterval}); writes
 * reviewDueDate, reviewDueAt and reviewReminderAt for the timers.
 */
@Component("scheduleReview")
class ScheduleReviewDelegate implements JavaDelegate {

  private final ReviewService reviews;

  ScheduleReviewDelegate(ReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var vars = PlanReviewVariables.of(execution);
    boolean first = vars.reviewFrom() == null;
    ReviewSchedule schedule =
        reviews.schedule(
            vars.versionId(),
            first ? vars.effectiveDate() : vars.reviewFrom(),
            first,
            vars.rule().interval(),
            vars.rule().untilEndOfPeriod());
    vars.setSchedule(schedule.dueDate(), schedule.reminderDate());
  }
}
