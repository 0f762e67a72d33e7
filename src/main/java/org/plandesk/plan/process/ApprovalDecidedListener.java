package org.plandesk.plan.process;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.plandesk.plan.PlanRuleViolation;
import org.plandesk.plan.PlanService;
import org.springframework.stereotype.Component;

/**
 * Complete listener of {@code Task_ApproveVersion}: records the director's decision. Reads
 * decision, directorComment and effectiveDate; on approval writes effectiveAt for the timer of
 * {@code Event_EffectiveDateReached}. A comment is required to request changes or reject.
 */
@Component("approvalDecided")
class ApprovalDecidedListener implements TaskListener {

  private final PlanService plans;
  private final Actor actor;

  ApprovalDecidedListener(PlanService plans, Actor actor) {
    this.plans = plans;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    var vars = PlanVersionVariables.of(task);
    RuleGuard.enforce(() -> decide(vars, task));
  }

  private void decide(PlanVersionVariables vars, DelegateTask task) {
    long versionId = vars.versionId();
    String decision = vars.decision();
    if (decision == null) {
      throw new PlanRuleViolation("Choose approve, request changes or reject");
    }
    switch (decision) {
      case PlanVersionProcess.APPROVE -> {
        LocalDate effective = vars.effectiveDate();
        plans.approve(
            versionId,
            actor.completing(task),
            EngineClock.today(),
            effective,
            vars.directorComment());
        vars.setEffectiveAt(effective.atStartOfDay());
      }
      case PlanVersionProcess.REQUEST_CHANGES ->
          plans.requestChanges(versionId, vars.directorComment(), actor.completing(task));
      case PlanVersionProcess.REJECT ->
          plans.reject(versionId, vars.directorComment(), actor.completing(task));
      default -> throw new PlanRuleViolation("Unknown decision '" + decision + "'");
    }
  }
}
