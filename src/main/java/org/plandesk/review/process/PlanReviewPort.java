package org.plandesk.review.process;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
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

  private static final int SLICE = 1000;

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

  /**
   * The day each running review falls due, by the version in force it reviews: two queries however
   * many plans are in force (the reviews, then their two variables), for the list of what is due.
   */
  public Map<Long, LocalDate> nextDueByVersion() {
    List<String> reviews =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(PlanReviewProcess.KEY)
            .list()
            .stream()
            .map(ProcessInstance::getId)
            .toList();
    Map<String, Long> versionOf = new HashMap<>();
    Map<String, LocalDate> dueOf = new HashMap<>();
    for (int from = 0; from < reviews.size(); from += SLICE) {
      for (VariableInstance variable :
          runtime
              .createVariableInstanceQuery()
              .processInstanceIdIn(
                  reviews
                      .subList(from, Math.min(reviews.size(), from + SLICE))
                      .toArray(String[]::new))
              .variableNameIn(
                  PlanReviewVariables.VERSION_ID.name(), PlanReviewVariables.REVIEW_DUE_DATE.name())
              .disableBinaryFetching()
              .disableCustomObjectDeserialization()
              .list()) {
        // The process's own variables only, not a subprocess's of the same name.
        if (!variable.getProcessInstanceId().equals(variable.getExecutionId())
            || variable.getValue() == null) {
          continue;
        }
        if (PlanReviewVariables.VERSION_ID.name().equals(variable.getName())) {
          versionOf.put(
              variable.getProcessInstanceId(),
              PlanReviewVariables.VERSION_ID.valueOf(variable.getValue()));
        } else {
          dueOf.put(
              variable.getProcessInstanceId(),
              PlanReviewVariables.REVIEW_DUE_DATE.valueOf(variable.getValue()));
        }
      }
    }
    Map<Long, LocalDate> due = new HashMap<>();
    versionOf.forEach(
        (review, version) -> {
          if (dueOf.containsKey(review)) {
            due.put(version, dueOf.get(review));
          }
        });
    return due;
  }

  /** The version in force a step of a review is about. */
  public Optional<Long> versionId(VariableScope scope) {
    return PlanReviewVariables.VERSION_ID.find(scope);
  }
}
