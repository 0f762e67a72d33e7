package org.plandesk.grant.process;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.plandesk.grant.GrantProperties;
import org.plandesk.grant.GrantService;
import org.plandesk.process.RuleGuard;
import org.plandesk.process.StepWords;
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
  private final GrantRoles roles;
  private final GrantProperties properties;
  private final Clock clock;
  private final StepWords stepWords;
  private final GrantStaffNames names;

  RecordGrantRequestDelegate(
      GrantService grants,
      GrantRoles roles,
      GrantProperties properties,
      Clock clock,
      StepWords stepWords,
      GrantStaffNames names) {
    this.stepWords = stepWords;
    this.names = names;
    this.grants = grants;
    this.roles = roles;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var vars = GrantRequestVariables.of(execution);
    RuleGuard.enforce(
        () -> {
          String group = roles.preparerGroup(vars.initiator());
          var draft = vars.draft();
          roles.requireResponsible(draft.responsible());
          LocalDate today = LocalDate.now(clock);
          var request =
              grants.prepare(draft, vars.initiator(), execution.getProcessInstanceId(), today);
          vars.setRecorded(request, group);
          vars.setSummary(GrantSummary.of(request, stepWords.of(execution), names::nameOf));
          vars.setSubmissionReminder(
              ReminderDates.before(
                  request.funderDeadline(), properties.submissionReminderBefore(), today));
        });
  }
}
