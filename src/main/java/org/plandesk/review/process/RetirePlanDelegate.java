package org.plandesk.review.process;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.plandesk.identity.Person;
import org.plandesk.process.Actors;
import org.plandesk.process.RuleGuard;
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
  private final Actors actors;
  private final Clock clock;

  RetirePlanDelegate(ReviewService reviews, Actors actors, Clock clock) {
    this.reviews = reviews;
    this.actors = actors;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var vars = PlanReviewVariables.of(execution);
    Person director = actors.signedIn();
    RuleGuard.enforce(
        () ->
            reviews.retire(
                vars.versionId(),
                actors.person(vars.reviewedBy()),
                vars.reviewRemark(),
                director,
                LocalDate.now(clock),
                vars.reviewDueDate()));
  }
}
