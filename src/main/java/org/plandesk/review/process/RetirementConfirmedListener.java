package org.plandesk.review.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.plandesk.plan.PlanRuleViolation;
import org.plandesk.process.RuleGuard;
import org.plandesk.review.ReviewService;
import org.springframework.stereotype.Component;

/**
 * Complete listener of {@code Task_ConfirmRetirement}: CONFIRM is checked again against the plan
 * (in force, no newer version open) before {@code Task_RetirePlan}; SEND_BACK requires a remark.
 * Reads confirmation, directorRemark, reviewRemark, versionId.
 */
@Component("retirementConfirmed")
class RetirementConfirmedListener implements TaskListener {

  private final ReviewService reviews;

  RetirementConfirmedListener(ReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateTask task) {
    var vars = PlanReviewVariables.of(task);
    RuleGuard.enforce(
        () -> {
          String confirmation = vars.confirmation();
          if (PlanReviewProcess.SEND_BACK.equals(confirmation)) {
            reviews.requireSendBackRemark(vars.directorRemark());
          } else if (PlanReviewProcess.CONFIRM.equals(confirmation)) {
            reviews.checkOutcome(vars.versionId(), PlanReviewProcess.RETIRE, vars.reviewRemark());
          } else {
            throw new PlanRuleViolation("review.confirmRetirement");
          }
        });
  }
}
