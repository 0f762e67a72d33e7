package org.plandesk.lifecycle;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.plandesk.plan.PlanService;
import org.springframework.stereotype.Component;

/**
 * Complete listener of {@code Task_GiveDepartmentInput}: saves the department's comments,
 * proposed actions and votes for priority target groups with the version. Reads department,
 * inputComments, proposedActions and priorityVotes.
 */
@Component("departmentInputGiven")
class DepartmentInputGivenListener implements TaskListener {

  private final PlanService plans;
  private final Actor actor;

  DepartmentInputGivenListener(PlanService plans, Actor actor) {
    this.plans = plans;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    var vars = PlanVersionVariables.of(task);
    RuleGuard.enforce(
        () ->
            plans.recordInput(
                vars.versionId(),
                vars.department(),
                vars.inputComments(),
                vars.proposedActions(),
                vars.priorityVotes(),
                actor.completing(task)));
  }
}
