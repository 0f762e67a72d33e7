package org.plandesk.grant.process;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.plandesk.grant.GrantProperties;
import org.plandesk.grant.GrantService;
import org.plandesk.process.Actors;
import org.plandesk.process.RuleGuard;
import org.springframework.stereotype.Component;

/**
 * Complete listener of {@code Task_SubmitToFunder}: records the submission (not after the funder's
 * deadline, not in the future) and sets when to remind about a missing funder's decision. Reads
 * submittedOn and submissionNote; writes decisionReminderAt.
 */
@Component("grantSubmitted")
class GrantSubmittedListener implements TaskListener {

  private final GrantService grants;
  private final Actors actors;
  private final GrantProperties properties;
  private final Clock clock;

  GrantSubmittedListener(
      GrantService grants, Actors actors, GrantProperties properties, Clock clock) {
    this.grants = grants;
    this.actors = actors;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    var vars = GrantRequestVariables.of(task);
    RuleGuard.enforce(
        () -> {
          var submittedOn = vars.submittedOn();
          LocalDate today = LocalDate.now(clock);
          grants.submit(
              vars.grantId(), submittedOn, vars.submissionNote(), actors.userId(task), today);
          var reminder = submittedOn.plus(properties.decisionReminderAfter());
          vars.setDecisionReminder(reminder.isBefore(today) ? today : reminder);
        });
  }
}
