package org.plandesk.review.process;

import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** The review process seen from outside: when the running review of a version falls due. */
@Component
public class ReviewDueDates {

  private final RuntimeService runtime;

  ReviewDueDates(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** The due date of the review running for a version in force, if one runs. */
  public Optional<Object> nextDue(long versionId) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(PlanReviewProcess.KEY)
        .variableValueEquals(PlanReviewVariables.VERSION_ID, versionId)
        .list()
        .stream()
        .findFirst()
        .map(pi -> runtime.getVariable(pi.getId(), PlanReviewVariables.REVIEW_DUE_DATE));
  }
}
