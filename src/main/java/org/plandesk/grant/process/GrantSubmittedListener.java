package org.plandesk.grant.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.plandesk.grant.GrantProperties;
import org.plandesk.grant.GrantService;
import org.springframework.stereotype.Component;

/**
 * Complete listener of {@code Task_SubmitToFunder}: records the submission (not after the funder's
 * deadline, not in the future) and sets when to remind about a missing funder's decision. Reads
 * submittedOn and submissionNote; writes decisionReminderAt.
 */
@Component("grantSubmitted")
class GrantSubmittedListener implements TaskListener {

  private final GrantService grants;
  private final Staff staff;
  private final GrantProperties properties;

  GrantSubmittedListener(GrantService grants, Staff staff, GrantProperties properties) {
    this.grants = grants;
    this.staff = staff;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateTask task) {
    var vars = GrantRequestVariables.of(task);
    GrantGuard.enforce(
        () -> {
          var submittedOn = vars.submittedOn();
          grants.submit(
              vars.grantId(),
              submittedOn,
              vars.submissionNote(),
              staff.completing(task),
              Staff.today());
          var reminder = submittedOn.plus(properties.decisionReminderAfter());
          vars.setDecisionReminder(reminder.isBefore(Staff.today()) ? Staff.today() : reminder);
        });
  }
}
