package org.plandesk.review.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.plandesk.plan.Person;
import org.plandesk.review.ReviewService;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RetirePlan}: the version in force (and so the plan) ends as RETIRED and the review is
 * recorded, in the director's transaction. Reads versionId, reviewedBy, reviewRemark,
 * reviewDueDate.
 */
@Component("retirePlan")
class RetirePlanDelegate implements JavaDelegate {

  private final ReviewService reviews;
  private final Performers performers;
  private final IdentityService identity;

  RetirePlanDelegate(ReviewService reviews, Performers performers, IdentityService identity) {
    this.reviews = reviews;
    this.performers = performers;
    this.identity = identity;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var vars = PlanReviewVariables.of(execution);
    var auth = identity.getCurrentAuthentication();
    Person director = performers.person(auth == null ? null : auth.getUserId());
    ReviewGuard.enforce(
        () ->
            reviews.retire(
                vars.versionId(),
                performers.person(vars.reviewedBy()),
                vars.reviewRemark(),
                director,
                Performers.today(),
                vars.reviewDueDate()));
  }
}
