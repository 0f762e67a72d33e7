package org.plandesk.plan.process;

import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.plandesk.plan.PlanService;
import org.plandesk.process.Actors;
import org.plandesk.process.RuleGuard;
import org.springframework.stereotype.Component;

/**
 * Complete listener of {@code Task_GiveDepartmentInput}: saves the department's comments, proposed
 * actions and votes for priority target groups with the version. Reads inputComments,
 * proposedActions and priorityVotes. Who gives the input is not taken from a variable: the
 * department is the task's candidate group, and the version must be the one this process runs.
 */
@Component("departmentInputGiven")
class DepartmentInputGivenListener implements TaskListener {

  private final PlanService plans;
  private final Actors actors;

  DepartmentInputGivenListener(PlanService plans, Actors actors) {
    this.plans = plans;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    var vars = PlanVersionVariables.of(task);
    long versionId = vars.versionId();
    plans.requireRunBy(versionId, task.getProcessInstanceId());
    RuleGuard.enforce(
        () ->
            plans.recordInput(
                versionId,
                departmentOf(task),
                vars.inputComments(),
                vars.proposedActions(),
                vars.priorityVotes(),
                actors.completing(task)));
  }

  private static String departmentOf(DelegateTask task) {
    return task.getCandidates().stream()
        .map(IdentityLink::getGroupId)
        .filter(Objects::nonNull)
        .findFirst()
        .orElseThrow(
            () -> new IllegalStateException("Task " + task.getId() + " has no department"));
  }
}
