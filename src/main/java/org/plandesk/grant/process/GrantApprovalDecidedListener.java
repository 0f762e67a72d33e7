package org.plandesk.grant.process;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.plandesk.grant.GrantService;
import org.plandesk.plan.PlanRuleViolation;
import org.plandesk.process.Actors;
import org.plandesk.process.DirectorDecision;
import org.plandesk.process.RuleGuard;
import org.plandesk.signing.Signatures;
import org.plandesk.signing.SignedSubject;
import org.springframework.stereotype.Component;

/**
 * Complete listener of {@code Task_ApproveGrantRequest}: records the director's decision (APPROVE,
 * REQUEST_CHANGES or REJECT; a comment is required for the last two). Reads decision and
 * directorComment. The decision is signed: the director's password, checked for this task by {@code
 * SigningGate}, and the signature manifest recorded here in the decision's transaction.
 */
@Component("grantApprovalDecided")
class GrantApprovalDecidedListener implements TaskListener {

  private final GrantService grants;
  private final Actors actors;
  private final Clock clock;
  private final Signatures signatures;

  GrantApprovalDecidedListener(
      GrantService grants, Actors actors, Clock clock, Signatures signatures) {
    this.grants = grants;
    this.actors = actors;
    this.clock = clock;
    this.signatures = signatures;
  }

  @Override
  public void notify(DelegateTask task) {
    var vars = GrantRequestVariables.of(task);
    RuleGuard.enforce(
        () -> {
          String director = actors.userId(task);
          DirectorDecision decision =
              DirectorDecision.of(vars.decision())
                  .orElseThrow(() -> new PlanRuleViolation("grant.decision.required"));
          LocalDate today = LocalDate.now(clock);
          switch (decision) {
            case APPROVE -> grants.approve(vars.grantId(), vars.directorComment(), director, today);
            case REQUEST_CHANGES ->
                grants.requestChanges(vars.grantId(), vars.directorComment(), director, today);
            case REJECT -> grants.reject(vars.grantId(), vars.directorComment(), director, today);
          }
          signatures.sign(
              task,
              new SignedSubject(SignedSubject.GRANT_REQUEST, vars.grantId()),
              decision.name());
        });
  }
}
