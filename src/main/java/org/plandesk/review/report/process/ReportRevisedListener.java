package org.plandesk.review.report.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.plandesk.plan.PlanRuleViolation;
import org.plandesk.process.Actors;
import org.plandesk.process.RuleGuard;
import org.plandesk.review.report.ImplementationReports;
import org.springframework.stereotype.Component;

/**
 * Complete listener of {@code Task_ReviseReport}: the coordinator sends the revised report again (a
 * new round, generated anew), saying what was revised. Reads revisionNote (required); clears the
 * director's last decision.
 */
@Component("reportRevised")
class ReportRevisedListener implements TaskListener {

  private final ImplementationReports reports;
  private final Actors actors;

  ReportRevisedListener(ImplementationReports reports, Actors actors) {
    this.reports = reports;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    var vars = ImplementationReportVariables.of(task);
    RuleGuard.enforce(
        () -> {
          String note = vars.revisionNote();
          if (note == null || note.isBlank()) {
            throw new PlanRuleViolation("report.revisionRequired");
          }
          reports.resend(vars.reportId(), note, actors.userId(task));
        });
    vars.clearDecision();
  }
}
