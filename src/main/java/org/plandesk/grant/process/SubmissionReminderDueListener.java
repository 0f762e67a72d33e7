package org.plandesk.grant.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.plandesk.grant.GrantService;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code EndEvent_SubmissionReminded}, reached when {@code
 * Event_SubmissionReminderDue} fires: records the reminder and announces it. Reads grantId.
 */
@Component("submissionReminderDue")
class SubmissionReminderDueListener implements ExecutionListener {

  private final GrantService grants;

  SubmissionReminderDueListener(GrantService grants) {
    this.grants = grants;
  }

  @Override
  public void notify(DelegateExecution execution) {
    grants.remindSubmission(GrantRequestVariables.of(execution).grantId());
  }
}
