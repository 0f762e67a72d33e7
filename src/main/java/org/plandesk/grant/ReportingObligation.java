package org.plandesk.grant;

import java.time.LocalDate;

/**
 * A reporting obligation of an awarded grant: due date, what to report, and when it was reported.
 */
public record ReportingObligation(
    long id,
    long grantId,
    LocalDate dueDate,
    String description,
    LocalDate reportedOn,
    String reportSummary,
    String reportedBy) {

  public boolean isReported() {
    return reportedOn != null;
  }
}
