package org.plandesk.grant.process;

import static org.plandesk.process.ProcessVariable.amount;
import static org.plandesk.process.ProcessVariable.date;
import static org.plandesk.process.ProcessVariable.dateTime;
import static org.plandesk.process.ProcessVariable.id;
import static org.plandesk.process.ProcessVariable.idList;
import static org.plandesk.process.ProcessVariable.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.plandesk.grant.GrantDraft;
import org.plandesk.grant.GrantRequest;
import org.plandesk.process.ProcessVariable;

/**
 * Every variable of the grant-request process, declared once with its type. Delegates and listeners
 * read and write through this facade only; other modules ask {@link GrantRequestPort}. The
 * declarations are public for the process's tests and the forms test.
 */
public final class GrantRequestVariables {

  public static final ProcessVariable<Long> GRANT_ID = id("grantId");
  public static final ProcessVariable<String> INITIATOR = text("initiator");
  public static final ProcessVariable<String> PREPARER_GROUP = text("preparerGroup");

  // The preparer's fields (start and revision forms)
  public static final ProcessVariable<String> TITLE = text("grantTitle");
  public static final ProcessVariable<String> FUNDER = text("funder");
  public static final ProcessVariable<String> PROGRAMME = text("programme");
  public static final ProcessVariable<BigDecimal> AMOUNT_REQUESTED = amount("amountRequested");
  public static final ProcessVariable<String> CURRENCY = text("currency");
  public static final ProcessVariable<BigDecimal> OWN_CONTRIBUTION = amount("ownContribution");
  public static final ProcessVariable<String> PURPOSE = text("purpose");
  public static final ProcessVariable<String> EXPECTED_RESULTS = text("expectedResults");
  public static final ProcessVariable<String> PLAN_CODE = text("planCode");
  public static final ProcessVariable<String> ACTION_ITEM = text("actionItem");
  public static final ProcessVariable<LocalDate> FUNDER_DEADLINE = date("funderDeadline");
  public static final ProcessVariable<String> RESPONSIBLE = text("responsible");

  // Shown in forms, set by PlanDesk
  public static final ProcessVariable<String> SUMMARY = text("grantSummary");

  // Timers and due dates (ISO text the engine parses)
  public static final ProcessVariable<LocalDateTime> FUNDER_DEADLINE_AT =
      dateTime("funderDeadlineAt");
  public static final ProcessVariable<LocalDate> SUBMISSION_REMINDER_AT =
      date("submissionReminderAt");
  public static final ProcessVariable<LocalDate> DEADLINE_MISSED_AT = date("deadlineMissedAt");
  public static final ProcessVariable<LocalDate> DECISION_REMINDER_AT = date("decisionReminderAt");

  // The director (decision: a DirectorDecision's name)
  public static final ProcessVariable<String> DECISION = text("decision");
  public static final ProcessVariable<String> DIRECTOR_COMMENT = text("directorComment");

  // Submission and the funder's decision
  public static final ProcessVariable<LocalDate> SUBMITTED_ON = date("submittedOn");
  public static final ProcessVariable<String> SUBMISSION_NOTE = text("submissionNote");
  public static final ProcessVariable<String> FUNDER_DECISION = text("funderDecision");
  public static final ProcessVariable<BigDecimal> AMOUNT_AWARDED = amount("amountAwarded");
  public static final ProcessVariable<String> AWARD_CONDITIONS = text("awardConditions");
  public static final ProcessVariable<String> OBLIGATION_LINES = text("obligationLines");
  public static final ProcessVariable<String> DECISION_COMMENT = text("decisionComment");

  /** Ids of the reporting obligations: the collection of SubProcess_Reporting. */
  public static final ProcessVariable<List<Long>> REPORTING_OBLIGATIONS =
      idList("reportingObligations");

  // Per obligation (local to one instance of SubProcess_Reporting; a Long, or an Integer after a
  // JSON round trip)
  public static final ProcessVariable<Long> OBLIGATION = id("obligation");
  public static final ProcessVariable<LocalDate> REPORTED_ON = date("reportedOn");
  public static final ProcessVariable<String> REPORT_SUMMARY = text("reportSummary");

  private final VariableScope scope;

  private GrantRequestVariables(VariableScope scope) {
    this.scope = scope;
  }

  static GrantRequestVariables of(VariableScope scope) {
    return new GrantRequestVariables(scope);
  }

  /**
   * The preparer's fields as a draft; unreadable values become a rule violation naming the field.
   */
  GrantDraft draft() {
    return new GrantDraft(
        TITLE.get(scope),
        FUNDER.get(scope),
        PROGRAMME.get(scope),
        AMOUNT_REQUESTED.get(scope),
        CURRENCY.get(scope),
        OWN_CONTRIBUTION.get(scope),
        PURPOSE.get(scope),
        EXPECTED_RESULTS.get(scope),
        PLAN_CODE.get(scope),
        ACTION_ITEM.get(scope),
        FUNDER_DEADLINE.get(scope),
        RESPONSIBLE.get(scope));
  }

  long grantId() {
    return GRANT_ID.require(scope);
  }

  String initiator() {
    return INITIATOR.get(scope);
  }

  void setRecorded(GrantRequest request, String preparerGroup) {
    GRANT_ID.set(scope, request.id());
    PREPARER_GROUP.set(scope, preparerGroup);
    setRequest(request);
  }

  /** The request's summary for the forms, written once its language is known (grantId set). */
  void setSummary(String summary) {
    SUMMARY.set(scope, summary);
  }

  /**
   * The stored request's normalised fields (trimmed, currency upper case) and the submission
   * timers: a reminder before the deadline and the miss the day after it.
   */
  void setRequest(GrantRequest request) {
    CURRENCY.set(scope, request.currency());
    RESPONSIBLE.set(scope, request.responsible());
    LocalDate deadline = request.funderDeadline();
    FUNDER_DEADLINE_AT.set(scope, deadline.atTime(23, 59));
    DEADLINE_MISSED_AT.set(scope, deadline.plusDays(1));
  }

  void setSubmissionReminder(LocalDate reminder) {
    SUBMISSION_REMINDER_AT.set(scope, reminder);
  }

  void setDecisionReminder(LocalDate reminder) {
    DECISION_REMINDER_AT.set(scope, reminder);
  }

  String decision() {
    return DECISION.get(scope);
  }

  /** Cleared when the preparer sends a revision, so the director's form starts without a choice. */
  void clearDecision() {
    DECISION.remove(scope);
  }

  String directorComment() {
    return DIRECTOR_COMMENT.get(scope);
  }

  LocalDate submittedOn() {
    return SUBMITTED_ON.get(scope);
  }

  String submissionNote() {
    return SUBMISSION_NOTE.get(scope);
  }

  String funderDecision() {
    return FUNDER_DECISION.get(scope);
  }

  BigDecimal amountAwarded() {
    return AMOUNT_AWARDED.get(scope);
  }

  String awardConditions() {
    return AWARD_CONDITIONS.get(scope);
  }

  String obligationLines() {
    return OBLIGATION_LINES.get(scope);
  }

  String decisionComment() {
    return DECISION_COMMENT.get(scope);
  }

  void setReportingObligations(List<Long> ids) {
    REPORTING_OBLIGATIONS.set(scope, ids);
  }

  long obligation() {
    return present(OBLIGATION.get(scope));
  }

  /** An element of the reporting collection, as the multi-instance hands it to an expression. */
  static long obligation(Object element) {
    return present(OBLIGATION.valueOf(element));
  }

  private static long present(Long obligation) {
    if (obligation == null) {
      throw new IllegalStateException("No reporting obligation in this scope");
    }
    return obligation;
  }

  LocalDate reportedOn() {
    return REPORTED_ON.get(scope);
  }

  String reportSummary() {
    return REPORT_SUMMARY.get(scope);
  }
}
