package org.plandesk.grant.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.plandesk.grant.GrantService;
import org.springframework.stereotype.Component;

/**
 * Complete listener of {@code Task_SubmitReport}: records that one reporting obligation was
 * reported (not in the future; a summary is required). Reads obligation, reportedOn and
 * reportSummary (local to the instance of SubProcess_Reporting).
 */
@Component("grantReportSubmitted")
class GrantReportSubmittedListener implements TaskListener {

  private final GrantService grants;
  private final Staff staff;

  GrantReportSubmittedListener(GrantService grants, Staff staff) {
    this.grants = grants;
    this.staff = staff;
  }

  @Override
  public void notify(DelegateTask task) {
    var vars = GrantRequestVariables.of(task);
    GrantGuard.enforce(
        () ->
            grants.report(
                vars.obligation(),
                vars.reportedOn(),
                vars.reportSummary(),
                staff.completing(task),
                Staff.today()));
  }
}
