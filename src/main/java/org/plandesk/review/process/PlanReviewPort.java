package org.plandesk.review.process;

import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The plan-review process seen from other modules: the running review of a version in force, when
 * it falls due, and which version one of its steps is about. A review starts on its own when a
 * version enters into force ({@link ReviewStarter}). Nobody outside {@code review.process} knows
 * its variable names or element IDs.
 */
@NamedInterface("process-port")
@Component
public class PlanReviewPort {

  private final RuntimeService runtime;

  PlanReviewPort(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** The review running for a version in force, if one runs. */
  public Optional<ProcessInstance> reviewOf(long versionId) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(PlanReviewProcess.KEY)
        .variableValueEquals(
            PlanReviewVariables.VERSION_ID.name(), PlanReviewVariables.VERSION_ID.stored(versionId))
        .list()
        .stream()
        .findFirst();
  }

  /** The day the running review of a version in force falls due, if one runs. */
  public Optional<LocalDate> nextDue(long versionId) {
    return reviewOf(versionId)
        .map(
            review ->
                PlanReviewVariables.REVIEW_DUE_DATE.valueOf(
                    runtime.getVariable(
                        review.getId(), PlanReviewVariables.REVIEW_DUE_DATE.name())));
  }

  /** The version in force a step of a review is about. */
  public Optional<Long> versionId(VariableScope scope) {
    return PlanReviewVariables.VERSION_ID.find(scope);
  }
}
