package org.plandesk.review.report.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.plandesk.plan.PlanRuleViolation;
import org.plandesk.process.Actors;
import org.plandesk.process.DirectorDecision;
import org.plandesk.process.RuleGuard;
import org.plandesk.review.report.ImplementationReports;
import org.plandesk.signing.Signatures;
import org.plandesk.signing.SignedSubject;
import org.springframework.stereotype.Component;

/**
 * Complete listener of {@code Task_SignOffReport}: records the director's sign-off (APPROVE) or
 * sends the report back to the coordinator (REQUEST_CHANGES, a comment required). Reads decision
 * and directorComment. The decision is signed: the director's password, checked for this task by
 * {@code SigningGate}, and the signature manifest (of the draft the director read) recorded here
 * before the sign-off, in the decision's transaction.
 */
@Component("reportSignOffDecided")
class ReportSignOffDecidedListener implements TaskListener {

  private final ImplementationReports reports;
  private final Actors actors;
  private final Signatures signatures;

  ReportSignOffDecidedListener(
      ImplementationReports reports, Actors actors, Signatures signatures) {
    this.reports = reports;
    this.actors = actors;
    this.signatures = signatures;
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
          // Signed first: the draft's round is what the director read, before a send-back moves on.
          signatures.sign(
              task,
              new SignedSubject(SignedSubject.IMPLEMENTATION_REPORT, vars.reportId()),
              decision.name());
          switch (decision) {
            case APPROVE -> reports.signOff(vars.reportId(), director);
            case REQUEST_CHANGES ->
                reports.sendBack(vars.reportId(), vars.directorComment(), director);
            case REJECT -> throw new IllegalStateException("refused above");
          }
        });
  }
}
