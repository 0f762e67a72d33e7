package org.plandesk.grant.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.plandesk.grant.GrantProperties;
import org.plandesk.grant.GrantService;
import org.springframework.stereotype.Component;

/**
 * Service task {@code Task_RecordGrantRequest}: checks and stores the prepared request, in the
 * start form's transaction, so a broken rule refuses the form (400) and nothing is created. Reads
 * initiator and the preparer's fields; writes grantId, preparerGroup, grantSummary and the
 * submission timers.
 */
@Component("recordGrantRequest")
class RecordGrantRequestDelegate implements JavaDelegate {

  private final GrantService grants;
  private final Staff staff;
  private final GrantProperties properties;

  RecordGrantRequestDelegate(GrantService grants, Staff staff, GrantProperties properties) {
    this.grants = grants;
    this.staff = staff;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var vars = GrantRequestVariables.of(execution);
    GrantGuard.enforce(
        () -> {
          String group = staff.preparerGroup(vars.initiator());
          var draft = vars.draft();
          staff.requireUser(draft.responsible());
          var request =
              grants.prepare(
                  draft, vars.initiator(), execution.getProcessInstanceId(), Staff.today());
          vars.setRecorded(request, group);
          vars.setSubmissionReminder(
              GrantRequestVariables.minus(
                  request.funderDeadline(), properties.submissionReminderBefore(), Staff.today()));
        });
  }
}
