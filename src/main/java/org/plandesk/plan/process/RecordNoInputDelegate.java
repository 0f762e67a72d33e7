package org.plandesk.plan.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.plandesk.plan.PlanService;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordNoInput}: the department's deadline passed without input; records "no input
 * given" so the round closes and the coordinator sees who stayed silent. Reads department.
 */
@Component("recordNoInput")
class RecordNoInputDelegate implements JavaDelegate {

  private final PlanService plans;

  RecordNoInputDelegate(PlanService plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var vars = PlanVersionVariables.of(execution);
    plans.recordNoInput(vars.versionId(), vars.department());
  }
}
