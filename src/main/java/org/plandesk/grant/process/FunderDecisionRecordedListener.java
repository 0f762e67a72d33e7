package org.plandesk.grant.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.plandesk.grant.GrantService;
import org.plandesk.grant.ReportingObligation;
import org.plandesk.plan.PlanRuleViolation;
import org.plandesk.process.Actors;
import org.plandesk.process.RuleGuard;
import org.springframework.stereotype.Component;

/**
 * Complete listener of {@code Task_RecordFunderDecision}: AWARDED (amount awarded, conditions,
 * reporting obligations as lines {@code YYYY-MM-DD description}) or DECLINED. Reads funderDecision,
 * amountAwarded, awardConditions, obligationLines, decisionComment; writes reportingObligations
 * (the obligations' ids, the collection of SubProcess_Reporting).
 */
@Component("funderDecisionRecorded")
class FunderDecisionRecordedListener implements TaskListener {

  private final GrantService grants;
  private final Actors actors;

  FunderDecisionRecordedListener(GrantService grants, Actors actors) {
    this.grants = grants;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    var vars = GrantRequestVariables.of(task);
    RuleGuard.enforce(
        () -> {
          String by = actors.userId(task);
          String decision = vars.funderDecision();
          if (GrantRequestProcess.AWARDED.equals(decision)) {
            var obligations =
                grants.award(
                    vars.grantId(),
                    vars.amountAwarded(),
                    vars.awardConditions(),
                    vars.obligationLines(),
                    vars.decisionComment(),
                    by);
            vars.setReportingObligations(
                obligations.stream().map(ReportingObligation::id).toList());
          } else if (GrantRequestProcess.DECLINED.equals(decision)) {
            grants.decline(vars.grantId(), vars.decisionComment(), by);
          } else {
            throw new PlanRuleViolation("grant.funderDecision.required");
          }
        });
  }
}
