package org.plandesk.grant.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.plandesk.grant.GrantProperties;
import org.plandesk.grant.GrantService;
import org.springframework.stereotype.Component;

/**
 * Complete listener of {@code Task_ReviseGrantRequest}: stores the revised request under the same
 * rules as at preparation and sends it back to the director (decision cleared). Reads the
 * preparer's fields; writes grantSummary and the submission timers.
 */
@Component("grantRequestRevised")
class GrantRequestRevisedListener implements TaskListener {

  private final GrantService grants;
  private final Staff staff;
  private final GrantProperties properties;

  GrantRequestRevisedListener(GrantService grants, Staff staff, GrantProperties properties) {
    this.grants = grants;
    this.staff = staff;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateTask task) {
    var vars = GrantRequestVariables.of(task);
    GrantGuard.enforce(
        () -> {
          var draft = vars.draft();
          staff.requireUser(draft.responsible());
          var request = grants.revise(vars.grantId(), draft, staff.completing(task), Staff.today());
          vars.setRequest(request);
          vars.setSubmissionReminder(
              GrantRequestVariables.minus(
                  request.funderDeadline(), properties.submissionReminderBefore(), Staff.today()));
          vars.clearDecision();
        });
  }
}
