package org.plandesk.grant.process;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.plandesk.grant.GrantService;
import org.plandesk.process.Actors;
import org.plandesk.process.RuleGuard;
import org.springframework.stereotype.Component;

/**
 * Complete listener of {@code Task_SubmitReport}: records that one reporting obligation was
 * reported (not in the future; a summary is required). Reads obligation, reportedOn and
 * reportSummary (local to the instance of SubProcess_Reporting).
 */
@Component("grantReportSubmitted")
class GrantReportSubmittedListener implements TaskListener {

  private final GrantService grants;
  private final Actors actors;
  private final Clock clock;

  GrantReportSubmittedListener(GrantService grants, Actors actors, Clock clock) {
    this.grants = grants;
    this.actors = actors;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    var vars = GrantRequestVariables.of(task);
    RuleGuard.enforce(
        () ->
            grants.report(
                vars.obligation(),
                vars.reportedOn(),
                vars.reportSummary(),
                actors.userId(task),
                LocalDate.now(clock)));
  }
}
