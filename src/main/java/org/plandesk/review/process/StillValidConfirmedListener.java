package org.plandesk.review.process;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.plandesk.plan.PlanRuleViolation;
import org.plandesk.review.ReviewService;
import org.springframework.stereotype.Component;

/**
 * Complete listener of {@code Task_ConfirmStillValid}: on CONFIRM the review is recorded (who,
 * when, remark, the next due date) and reviewFrom becomes today, so the next review is scheduled
 * from this day; SEND_BACK requires a remark. Reads confirmation, directorRemark, reviewedBy,
 * reviewRemark, reviewDueDate, reviewRule.
 */
@Component("stillValidConfirmed")
class StillValidConfirmedListener implements TaskListener {

  private final ReviewService reviews;
  private final Performers performers;

  StillValidConfirmedListener(ReviewService reviews, Performers performers) {
    this.reviews = reviews;
    this.performers = performers;
  }

  @Override
  public void notify(DelegateTask task) {
    var vars = PlanReviewVariables.of(task);
    ReviewGuard.enforce(
        () -> {
          String confirmation = vars.confirmation();
          if (PlanReviewProcess.SEND_BACK.equals(confirmation)) {
            reviews.requireSendBackRemark(vars.directorRemark());
            return;
          }
          if (!PlanReviewProcess.CONFIRM.equals(confirmation)) {
            throw new PlanRuleViolation("Confirm the review or send it back");
          }
          LocalDate today = Performers.today();
          var next =
              reviews.schedule(
                  vars.versionId(), today, false, vars.ruleInterval(), vars.ruleUntilEndOfPeriod());
          reviews.recordStillValid(
              vars.versionId(),
              performers.person(vars.reviewedBy()),
              vars.reviewRemark(),
              performers.completing(task),
              today,
              vars.reviewDueDate(),
              next.dueDate());
          vars.setReviewFrom(today);
        });
  }
}
