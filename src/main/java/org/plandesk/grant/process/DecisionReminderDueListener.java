package org.plandesk.grant.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.plandesk.grant.GrantService;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code EndEvent_DecisionReminded}, reached when {@code Event_DecisionOverdue}
 * fires (plandesk.grant.decision-reminder-after the submission): records the reminder and announces
 * it. Reads grantId.
 */
@Component("decisionReminderDue")
class DecisionReminderDueListener implements ExecutionListener {

  private final GrantService grants;

  DecisionReminderDueListener(GrantService grants) {
    this.grants = grants;
  }

  @Override
  public void notify(DelegateExecution execution) {
    grants.remindDecision(GrantRequestVariables.of(execution).grantId());
  }
}
