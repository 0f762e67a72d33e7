package org.plandesk.review.process;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.plandesk.plan.process.PlanVersionPort;
import org.plandesk.process.Actors;
import org.plandesk.process.RuleGuard;
import org.plandesk.review.ReviewService;
import org.springframework.stereotype.Component;

/**
 * {@code Task_StartRevision}: records the review as REVISE and starts the plan-version process for
 * a new version of the plan (its draft prefilled with the content in force), in the coordinator's
 * name; the next review is counted from today. Reads versionId, planCode, reviewedBy, reviewRemark,
 * reviewDueDate; writes reviewFrom.
 */
@Component("startRevision")
class StartRevisionDelegate implements JavaDelegate {

  private final ReviewService reviews;
  private final PlanVersionPort planVersions;
  private final Actors actors;
  private final Clock clock;

  StartRevisionDelegate(
      ReviewService reviews, PlanVersionPort planVersions, Actors actors, Clock clock) {
    this.reviews = reviews;
    this.planVersions = planVersions;
    this.actors = actors;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var vars = PlanReviewVariables.of(execution);
    LocalDate today = LocalDate.now(clock);
    RuleGuard.enforce(
        () ->
            reviews.recordRevision(
                vars.versionId(),
                actors.person(vars.reviewedBy()),
                vars.reviewRemark(),
                today,
                vars.reviewDueDate()));
    planVersions.startNewVersion(vars.planCode(), vars.reviewedBy());
    vars.setReviewFrom(today);
  }
}
