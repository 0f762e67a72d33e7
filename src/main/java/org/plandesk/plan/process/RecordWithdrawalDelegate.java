package org.plandesk.plan.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.plandesk.plan.PlanService;
import org.plandesk.process.RuleGuard;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordWithdrawal}: the coordinator withdrew the version before approval. Reads
 * versionId and withdrawalReason (sent with the withdrawVersion message).
 */
@Component("recordWithdrawal")
class RecordWithdrawalDelegate implements JavaDelegate {

  private final PlanService plans;

  RecordWithdrawalDelegate(PlanService plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var vars = PlanVersionVariables.of(execution);
    RuleGuard.enforce(() -> plans.withdraw(vars.versionId(), vars.withdrawalReason()));
  }
}
