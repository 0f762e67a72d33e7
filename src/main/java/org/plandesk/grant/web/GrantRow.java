package org.plandesk.grant.web;

import java.time.LocalDate;
import java.util.List;
import org.plandesk.grant.GrantRequest;
import org.plandesk.grant.GrantStatus;
import org.plandesk.grant.ReportingObligation;

/**
 * A grant or fundraising request as the register lists it: the request, its reports still due
 * (earliest first), and what its dates mean today.
 *
 * @param decisionReminder for a submitted request, the day a reminder goes out when the funder's
 *     decision is not recorded by then; else null
 */
record GrantRow(
    GrantRequest request,
    List<ReportingObligation> reportsDue,
    LocalDate decisionReminder,
    LocalDate today) {

  GrantRow {
    reportsDue = List.copyOf(reportsDue);
  }

  /** Whether the request still waits to be submitted to the funder. */
  public boolean toSubmit() {
    GrantStatus status = request.status();
    return status == GrantStatus.IN_APPROVAL
        || status == GrantStatus.CHANGES_REQUESTED
        || status == GrantStatus.APPROVED;
  }

  /** The funder's deadline passed and the request is not submitted. */
  public boolean submissionOverdue() {
    return toSubmit() && request.funderDeadline().isBefore(today);
  }

  /** The next report due, or null. */
  public ReportingObligation nextReport() {
    return reportsDue.isEmpty() ? null : reportsDue.get(0);
  }

  /** Whether a report's due date has passed. */
  public boolean overdue(ReportingObligation report) {
    return report.dueDate().isBefore(today);
  }
}
