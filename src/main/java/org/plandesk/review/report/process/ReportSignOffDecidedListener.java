package org.plandesk.review.report.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.plandesk.plan.PlanRuleViolation;
import org.plandesk.process.Actors;
import org.plandesk.process.DirectorDecision;
import org.plandesk.process.RuleGuard;
import org.plandesk.review.report.ImplementationReports;
import org.springframework.stereotype.Component;

/**
 * Complete listener of {@code Task_SignOffReport}: records the director's sign-off (APPROVE) or
 * sends the report back to the coordinator (REQUEST_CHANGES, a comment required). Reads decision
 * and directorComment.
 */
@Component("reportSignOffDecided")
class ReportSignOffDecidedListener implements TaskListener {

  private final ImplementationReports reports;
  private final Actors actors;

  ReportSignOffDecidedListener(ImplementationReports reports, Actors actors) {
    this.reports = reports;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    var vars = ImplementationReportVariables.of(task);
    RuleGuard.enforce(
        () -> {
          String director = actors.userId(task);
          DirectorDecision decision =
              DirectorDecision.of(vars.decision())
                  .filter(d -> d != DirectorDecision.REJECT)
                  .orElseThrow(() -> new PlanRuleViolation("report.decisionRequired"));
          switch (decision) {
            case APPROVE -> reports.signOff(vars.reportId(), director);
            case REQUEST_CHANGES ->
                reports.sendBack(vars.reportId(), vars.directorComment(), director);
            case REJECT -> throw new IllegalStateException("refused above");
          }
        });
  }
}
