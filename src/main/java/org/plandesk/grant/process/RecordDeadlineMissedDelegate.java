package org.plandesk.grant.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.plandesk.grant.GrantService;
import org.springframework.stereotype.Component;

/**
 * Service task {@code Task_RecordDeadlineMissed}, after {@code Event_FunderDeadlinePassed}: the
 * request ends as MISSED. Reads grantId.
 */
@Component("recordDeadlineMissed")
class RecordDeadlineMissedDelegate implements JavaDelegate {

  private final GrantService grants;

  RecordDeadlineMissedDelegate(GrantService grants) {
    this.grants = grants;
  }

  @Override
  public void execute(DelegateExecution execution) {
    grants.recordMissed(GrantRequestVariables.of(execution).grantId());
  }
}
