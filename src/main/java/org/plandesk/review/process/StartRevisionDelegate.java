package org.plandesk.review.process;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.plandesk.plan.process.PlanVersionProcess;
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

  // The start variables of plan-version's start form for a new version of an existing plan.
  private static final String REQUEST_KIND = "requestKind";
  private static final String NEW_VERSION = "NEW_VERSION";
  private static final String PLAN_CODE = "planCode";
  private static final String INITIATOR = "initiator";

  private final ReviewService reviews;
  private final RuntimeService runtime;
  private final Performers performers;

  StartRevisionDelegate(ReviewService reviews, RuntimeService runtime, Performers performers) {
    this.reviews = reviews;
    this.runtime = runtime;
    this.performers = performers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var vars = PlanReviewVariables.of(execution);
    LocalDate today = Performers.today();
    ReviewGuard.enforce(
        () ->
            reviews.recordRevision(
                vars.versionId(),
                performers.person(vars.reviewedBy()),
                vars.reviewRemark(),
                today,
                vars.reviewDueDate()));
    runtime.startProcessInstanceByKey(
        PlanVersionProcess.KEY,
        Map.of(
            REQUEST_KIND, NEW_VERSION, PLAN_CODE, vars.planCode(), INITIATOR, vars.reviewedBy()));
    vars.setReviewFrom(today);
  }
}
