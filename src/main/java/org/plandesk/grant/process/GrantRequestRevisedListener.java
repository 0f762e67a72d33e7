package org.plandesk.grant.process;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.plandesk.grant.GrantProperties;
import org.plandesk.grant.GrantService;
import org.plandesk.process.Actors;
import org.plandesk.process.RuleGuard;
import org.plandesk.process.StepWords;
import org.springframework.stereotype.Component;

/**
 * Complete listener of {@code Task_ReviseGrantRequest}: stores the revised request under the same
 * rules as at preparation and sends it back to the director (decision cleared). Reads the
 * preparer's fields; writes grantSummary and the submission timers.
 */
@Component("grantRequestRevised")
class GrantRequestRevisedListener implements TaskListener {

  private final GrantService grants;
  private final GrantRoles roles;
  private final Actors actors;
  private final GrantProperties properties;
  private final Clock clock;
  private final StepWords stepWords;
  private final GrantStaffNames names;

  GrantRequestRevisedListener(
      GrantService grants,
      GrantRoles roles,
      Actors actors,
      GrantProperties properties,
      Clock clock,
      StepWords stepWords,
      GrantStaffNames names) {
    this.stepWords = stepWords;
    this.names = names;
    this.grants = grants;
    this.roles = roles;
    this.actors = actors;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    var vars = GrantRequestVariables.of(task);
    RuleGuard.enforce(
        () -> {
          var draft = vars.draft();
          roles.requireResponsible(draft.responsible());
          LocalDate today = LocalDate.now(clock);
          var request = grants.revise(vars.grantId(), draft, actors.userId(task), today);
          vars.setRequest(request);
          vars.setSummary(GrantSummary.of(request, stepWords.of(task), names::nameOf));
          vars.setSubmissionReminder(
              ReminderDates.before(
                  request.funderDeadline(), properties.submissionReminderBefore(), today));
          vars.clearDecision();
        });
  }
}
