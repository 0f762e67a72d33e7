package org.plandesk.grant.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.plandesk.grant.GrantDraft;
import org.plandesk.grant.GrantRequest;
import org.plandesk.plan.PlanRuleViolation;

/**
 * Every variable of the grant-request process, declared once with its type. Delegates and listeners
 * read and write through this facade only. Form fields arrive as the Tasklist sends them: dates as
 * {@code YYYY-MM-DD} strings, numbers as Long or Double (or strings via REST).
 */
final class GrantRequestVariables {

  static final String GRANT_ID = "grantId";
  static final String INITIATOR = "initiator";
  static final String PREPARER_GROUP = "preparerGroup";
  // The preparer's fields (start and revision forms)
  static final String TITLE = "grantTitle";
  static final String FUNDER = "funder";
  static final String PROGRAMME = "programme";
  static final String AMOUNT_REQUESTED = "amountRequested";
  static final String CURRENCY = "currency";
  static final String OWN_CONTRIBUTION = "ownContribution";
  static final String PURPOSE = "purpose";
  static final String EXPECTED_RESULTS = "expectedResults";
  static final String PLAN_CODE = "planCode";
  static final String ACTION_ITEM = "actionItem";
  static final String FUNDER_DEADLINE = "funderDeadline";
  static final String RESPONSIBLE = "responsible";
  // Shown in forms, set by PlanDesk
  static final String SUMMARY = "grantSummary";
  // Timers and due dates (ISO strings the engine parses)
  static final String FUNDER_DEADLINE_AT = "funderDeadlineAt";
  static final String SUBMISSION_REMINDER_AT = "submissionReminderAt";
  static final String DEADLINE_MISSED_AT = "deadlineMissedAt";
  static final String DECISION_REMINDER_AT = "decisionReminderAt";
  // The director
  static final String DECISION = "decision";
  static final String DIRECTOR_COMMENT = "directorComment";
  // Submission and the funder's decision
  static final String SUBMITTED_ON = "submittedOn";
  static final String SUBMISSION_NOTE = "submissionNote";
  static final String FUNDER_DECISION = "funderDecision";
  static final String AMOUNT_AWARDED = "amountAwarded";
  static final String AWARD_CONDITIONS = "awardConditions";
  static final String OBLIGATION_LINES = "obligationLines";
  static final String DECISION_COMMENT = "decisionComment";

  /** Ids of the reporting obligations: the collection of SubProcess_Reporting. */
  static final String REPORTING_OBLIGATIONS = "reportingObligations";

  // Per obligation (local to one instance of SubProcess_Reporting)
  static final String OBLIGATION = "obligation";
  static final String REPORTED_ON = "reportedOn";
  static final String REPORT_SUMMARY = "reportSummary";

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
        string(TITLE),
        string(FUNDER),
        string(PROGRAMME),
        amount(AMOUNT_REQUESTED, "amount requested"),
        string(CURRENCY),
        amount(OWN_CONTRIBUTION, "own contribution"),
        string(PURPOSE),
        string(EXPECTED_RESULTS),
        string(PLAN_CODE),
        string(ACTION_ITEM),
        date(FUNDER_DEADLINE, "funder's submission deadline"),
        string(RESPONSIBLE));
  }

  long grantId() {
    if (!(scope.getVariable(GRANT_ID) instanceof Number id)) {
      throw new IllegalStateException("The grant request process has no grantId variable");
    }
    return id.longValue();
  }

  String initiator() {
    return string(INITIATOR);
  }

  void setRecorded(GrantRequest request, String preparerGroup) {
    scope.setVariable(GRANT_ID, request.id());
    scope.setVariable(PREPARER_GROUP, preparerGroup);
    setRequest(request);
  }

  /**
   * The stored request's normalised fields (trimmed, currency upper case), its summary and the
   * submission timers: a reminder before the deadline and the miss the day after it.
   */
  void setRequest(GrantRequest request) {
    scope.setVariable(CURRENCY, request.currency());
    scope.setVariable(RESPONSIBLE, request.responsible());
    scope.setVariable(SUMMARY, request.summary());
    LocalDate deadline = request.funderDeadline();
    scope.setVariable(FUNDER_DEADLINE_AT, deadline.atTime(23, 59).toString());
    scope.setVariable(DEADLINE_MISSED_AT, deadline.plusDays(1).toString());
  }

  void setSubmissionReminder(LocalDate reminder) {
    scope.setVariable(SUBMISSION_REMINDER_AT, reminder.toString());
  }

  void setDecisionReminder(LocalDate reminder) {
    scope.setVariable(DECISION_REMINDER_AT, reminder.toString());
  }

  String decision() {
    return string(DECISION);
  }

  /** Cleared when the preparer sends a revision, so the director's form starts without a choice. */
  void clearDecision() {
    scope.removeVariable(DECISION);
  }

  String directorComment() {
    return string(DIRECTOR_COMMENT);
  }

  LocalDate submittedOn() {
    return date(SUBMITTED_ON, "day of submission");
  }

  String submissionNote() {
    return string(SUBMISSION_NOTE);
  }

  String funderDecision() {
    return string(FUNDER_DECISION);
  }

  BigDecimal amountAwarded() {
    return amount(AMOUNT_AWARDED, "amount awarded");
  }

  String awardConditions() {
    return string(AWARD_CONDITIONS);
  }

  String obligationLines() {
    return string(OBLIGATION_LINES);
  }

  String decisionComment() {
    return string(DECISION_COMMENT);
  }

  void setReportingObligations(List<Long> ids) {
    scope.setVariable(
        REPORTING_OBLIGATIONS,
        Variables.objectValue(new ArrayList<>(ids))
            .serializationDataFormat(Variables.SerializationDataFormats.JSON)
            .create());
  }

  long obligation() {
    return obligationId(scope.getVariable(OBLIGATION));
  }

  /** An element of the reporting collection (a Long, or an Integer after a JSON round trip). */
  static long obligationId(Object element) {
    if (element instanceof Number id) {
      return id.longValue();
    }
    if (element != null) {
      return Long.parseLong(element.toString());
    }
    throw new IllegalStateException("No reporting obligation in this scope");
  }

  LocalDate reportedOn() {
    return date(REPORTED_ON, "day of the report");
  }

  String reportSummary() {
    return string(REPORT_SUMMARY);
  }

  static LocalDate minus(LocalDate day, Period before, LocalDate notBefore) {
    LocalDate result = day.minus(before);
    return result.isBefore(notBefore) ? notBefore : result;
  }

  private String string(String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  private BigDecimal amount(String name, String label) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(value.toString().strip());
    } catch (NumberFormatException e) {
      throw new PlanRuleViolation("The " + label + " is not a number: " + value);
    }
  }

  private LocalDate date(String name, String label) {
    String text = string(name);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new PlanRuleViolation("The " + label + " is not a date (YYYY-MM-DD): " + text);
    }
  }
}
