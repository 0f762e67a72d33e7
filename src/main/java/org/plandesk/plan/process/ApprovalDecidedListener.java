package org.plandesk.plan.process;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.plandesk.plan.PlanRuleViolation;
import org.plandesk.plan.PlanService;
import org.plandesk.process.Actors;
import org.plandesk.process.DirectorDecision;
import org.plandesk.process.RuleGuard;
import org.plandesk.signing.Signatures;
import org.plandesk.signing.SignedSubject;
import org.springframework.stereotype.Component;

/**
 * Complete listener of {@code Task_ApproveVersion}: records the director's decision. Reads
 * decision, directorComment and effectiveDate; on approval writes effectiveAt for the timer of
 * {@code Event_EffectiveDateReached}. A comment is required to request changes or reject. The
 * decision is signed: the director's password, checked for this task by {@code SigningGate}, and
 * the signature manifest recorded here in the decision's transaction (no password, no decision).
 */
@Component("approvalDecided")
class ApprovalDecidedListener implements TaskListener {

  private final PlanService plans;
  private final Actors actors;
  private final Clock clock;
  private final Signatures signatures;

  ApprovalDecidedListener(PlanService plans, Actors actors, Clock clock, Signatures signatures) {
    this.plans = plans;
    this.actors = actors;
    this.clock = clock;
    this.signatures = signatures;
  }

  @Override
  public void notify(DelegateTask task) {
    var vars = PlanVersionVariables.of(task);
    RuleGuard.enforce(() -> decide(vars, task));
  }

  private void decide(PlanVersionVariables vars, DelegateTask task) {
    long versionId = vars.versionId();
    String choice = vars.decision();
    if (choice == null) {
      throw new PlanRuleViolation("plan.decision.required");
    }
    DirectorDecision decision =
        DirectorDecision.of(choice)
            .orElseThrow(() -> new PlanRuleViolation("plan.decision.unknown", choice));
    switch (decision) {
      case APPROVE -> {
        LocalDate effective = vars.effectiveDate();
        plans.approve(
            versionId,
            actors.completing(task),
            LocalDate.now(clock),
            effective,
            vars.directorComment());
        vars.setEffectiveAt(effective.atStartOfDay());
      }
      case REQUEST_CHANGES ->
          plans.requestChanges(versionId, vars.directorComment(), actors.completing(task));
      case REJECT -> plans.reject(versionId, vars.directorComment(), actors.completing(task));
    }
    signatures.sign(task, new SignedSubject(SignedSubject.PLAN_VERSION, versionId), choice);
  }
}
