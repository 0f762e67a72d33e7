package org.plandesk.grant.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.plandesk.grant.GrantService;
import org.springframework.stereotype.Component;

/**
 * Service task {@code Task_CloseGrantRequest}, after every instance of SubProcess_Reporting ended:
 * the request is CLOSED. Reads grantId.
 */
@Component("closeGrantRequest")
class CloseGrantRequestDelegate implements JavaDelegate {

  private final GrantService grants;

  CloseGrantRequestDelegate(GrantService grants) {
    this.grants = grants;
  }

  @Override
  public void execute(DelegateExecution execution) {
    grants.close(GrantRequestVariables.of(execution).grantId());
  }
}
