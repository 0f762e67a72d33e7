package org.plandesk.grant.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.plandesk.grant.GrantService;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code EndEvent_ReportReminded}, reached when {@code Event_ReportReminderDue}
 * fires: records the reminder for one reporting obligation and announces it. Reads obligation.
 */
@Component("reportReminderDue")
class ReportReminderDueListener implements ExecutionListener {

  private final GrantService grants;

  ReportReminderDueListener(GrantService grants) {
    this.grants = grants;
  }

  @Override
  public void notify(DelegateExecution execution) {
    grants.remindReport(GrantRequestVariables.of(execution).obligation());
  }
}
