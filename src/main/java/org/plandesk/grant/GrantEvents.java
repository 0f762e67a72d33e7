package org.plandesk.grant;

import java.time.LocalDate;

/** What the grant process announces to the rest of PlanDesk (notifications listen for these). */
public final class GrantEvents {

  private GrantEvents() {}

  /** The funder's deadline is near and the request is not submitted yet. */
  public record SubmissionReminderDue(long grantId, String responsible, LocalDate funderDeadline) {}

  /** Long after the submission, no funder's decision has been recorded. */
  public record DecisionReminderDue(long grantId, String responsible, LocalDate submittedOn) {}

  /** A reporting obligation of an awarded grant is due soon. */
  public record ReportReminderDue(
      long grantId, long obligationId, String responsible, LocalDate dueDate) {}
}
