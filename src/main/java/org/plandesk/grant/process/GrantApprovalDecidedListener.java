package org.plandesk.grant.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.plandesk.grant.GrantService;
import org.plandesk.plan.PlanRuleViolation;
import org.springframework.stereotype.Component;

/**
 * Complete listener of {@code Task_ApproveGrantRequest}: records the director's decision (APPROVE,
 * REQUEST_CHANGES or REJECT; a comment is required for the last two). Reads decision and
 * directorComment.
 */
@Component("grantApprovalDecided")
class GrantApprovalDecidedListener implements TaskListener {

  private final GrantService grants;
  private final Staff staff;

  GrantApprovalDecidedListener(GrantService grants, Staff staff) {
    this.grants = grants;
    this.staff = staff;
  }

  @Override
  public void notify(DelegateTask task) {
    var vars = GrantRequestVariables.of(task);
    GrantGuard.enforce(
        () -> {
          String director = staff.completing(task);
          String decision = vars.decision();
          if (GrantRequestProcess.APPROVE.equals(decision)) {
            grants.approve(vars.grantId(), vars.directorComment(), director, Staff.today());
          } else if (GrantRequestProcess.REQUEST_CHANGES.equals(decision)) {
            grants.requestChanges(vars.grantId(), vars.directorComment(), director, Staff.today());
          } else if (GrantRequestProcess.REJECT.equals(decision)) {
            grants.reject(vars.grantId(), vars.directorComment(), director, Staff.today());
          } else {
            throw new PlanRuleViolation("Approve the request, request changes or reject it");
          }
        });
  }
}
