package org.plandesk.plan.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.plandesk.plan.PlanService;
import org.springframework.stereotype.Component;

/**
 * {@code Task_PutVersionInForce}: on the effective date the version enters into force and the
 * previous one is superseded, in the engine's transaction. Reads versionId.
 */
@Component("putVersionInForce")
class PutVersionInForceDelegate implements JavaDelegate {

  private final PlanService plans;

  PutVersionInForceDelegate(PlanService plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    plans.putInForce(PlanVersionVariables.of(execution).versionId());
  }
}
