package org.plandesk.review.process;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.plandesk.plan.PlanRuleViolation;
import org.plandesk.process.Actors;
import org.plandesk.process.RuleGuard;
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
  private final Actors actors;
  private final Clock clock;

  StillValidConfirmedListener(ReviewService reviews, Actors actors, Clock clock) {
    this.reviews = reviews;
    this.actors = actors;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    var vars = PlanReviewVariables.of(task);
    RuleGuard.enforce(
        () -> {
          String confirmation = vars.confirmation();
          if (PlanReviewProcess.SEND_BACK.equals(confirmation)) {
            reviews.requireSendBackRemark(vars.directorRemark());
            return;
          }
          if (!PlanReviewProcess.CONFIRM.equals(confirmation)) {
            throw new PlanRuleViolation("review.confirm");
          }
          LocalDate today = LocalDate.now(clock);
          var next =
              reviews.schedule(
                  vars.versionId(),
                  today,
                  false,
                  vars.rule().interval(),
                  vars.rule().untilEndOfPeriod());
          reviews.recordStillValid(
              vars.versionId(),
              actors.person(vars.reviewedBy()),
              vars.reviewRemark(),
              actors.completing(task),
              today,
              vars.reviewDueDate(),
              next.dueDate());
          vars.setReviewFrom(today);
        });
  }
}
