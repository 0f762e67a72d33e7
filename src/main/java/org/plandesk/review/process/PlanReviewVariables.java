package org.plandesk.review.process;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.plandesk.plan.PlanRuleViolation;

/**
 * Every variable of the plan-review process, declared once with its type. Delegates and listeners
 * read and write through this facade only.
 */
final class PlanReviewVariables {

  static final String VERSION_ID = "versionId";
  static final String PLAN_CODE = "planCode";
  static final String PLAN_TITLE = "planTitle";
  static final String PLAN_TYPE = "planType";
  static final String VERSION_NUMBER = "versionNumber";
  static final String EFFECTIVE_DATE = "effectiveDate";
  static final String EDITOR_URL = "editorUrl";
  static final String MONITORING_INSTRUMENTS = "monitoringInstruments";

  /** Result of the review-interval decision: reviewInterval (ISO period), untilEndOfPeriod. */
  static final String REVIEW_RULE = "reviewRule";

  static final String REVIEW_FROM = "reviewFrom";
  static final String REVIEW_DUE_DATE = "reviewDueDate";
  static final String REVIEW_DUE_AT = "reviewDueAt";
  static final String REVIEW_REMINDER_AT = "reviewReminderAt";
  static final String REVIEW_OUTCOME = "reviewOutcome";
  static final String REVIEW_REMARK = "reviewRemark";
  static final String REVIEWED_BY = "reviewedBy";
  static final String MONITORING_SUMMARY = "monitoringSummary";
  static final String CONFIRMATION = "confirmation";
  static final String DIRECTOR_REMARK = "directorRemark";
  // Per instrument (local to one instance of SubProcess_Monitoring)
  static final String INSTRUMENT = "instrument";
  static final String MONITORING_GROUP = "monitoringGroup";
  static final String MONITORING_DUE_AT = "monitoringDueAt";
  static final String INDICATOR_LIST = "indicatorList";
  static final String RESULT_DATE = "resultDate";
  static final String RESULT_SUMMARY = "resultSummary";
  static final String RESULT_FIGURES = "resultFigures";
  static final String INDICATOR_VALUES = "indicatorValues";
  static final String FINAL_RESULT = "finalResult";

  private final VariableScope scope;

  private PlanReviewVariables(VariableScope scope) {
    this.scope = scope;
  }

  static PlanReviewVariables of(VariableScope scope) {
    return new PlanReviewVariables(scope);
  }

  /** The start variables of a review of one version in force. */
  static Map<String, Object> start(
      long versionId,
      String planCode,
      String planTitle,
      String planType,
      String versionNumber,
      LocalDate effectiveDate,
      String editorUrl,
      List<String> instruments) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(VERSION_ID, versionId);
    vars.put(PLAN_CODE, planCode);
    vars.put(PLAN_TITLE, planTitle);
    vars.put(PLAN_TYPE, planType);
    vars.put(VERSION_NUMBER, versionNumber);
    vars.put(EFFECTIVE_DATE, effectiveDate.toString());
    vars.put(EDITOR_URL, editorUrl);
    vars.put(
        MONITORING_INSTRUMENTS,
        Variables.objectValue(new ArrayList<>(instruments))
            .serializationDataFormat(Variables.SerializationDataFormats.JSON)
            .create());
    return vars;
  }

  long versionId() {
    if (!(scope.getVariable(VERSION_ID) instanceof Long id)) {
      throw new IllegalStateException("The review has no versionId variable");
    }
    return id;
  }

  String planCode() {
    return string(PLAN_CODE);
  }

  LocalDate effectiveDate() {
    return date(EFFECTIVE_DATE);
  }

  Period ruleInterval() {
    Object value = rule().get("reviewInterval");
    return value == null ? Period.ofYears(1) : Period.parse(value.toString());
  }

  boolean ruleUntilEndOfPeriod() {
    return Boolean.TRUE.equals(rule().get("untilEndOfPeriod"));
  }

  private Map<?, ?> rule() {
    return scope.getVariable(REVIEW_RULE) instanceof Map<?, ?> map ? map : Map.of();
  }

  /** The day the next review is counted from; null until the first review was decided. */
  LocalDate reviewFrom() {
    return date(REVIEW_FROM);
  }

  void setReviewFrom(LocalDate day) {
    scope.setVariable(REVIEW_FROM, day.toString());
  }

  void setSchedule(LocalDate due, LocalDate reminder) {
    scope.setVariable(REVIEW_DUE_DATE, due.toString());
    scope.setVariable(REVIEW_DUE_AT, due.atStartOfDay().toString());
    scope.setVariable(REVIEW_REMINDER_AT, reminder.atStartOfDay().toString());
  }

  LocalDate reviewDueDate() {
    return date(REVIEW_DUE_DATE);
  }

  String reviewOutcome() {
    return string(REVIEW_OUTCOME);
  }

  String reviewRemark() {
    return string(REVIEW_REMARK);
  }

  String reviewedBy() {
    return string(REVIEWED_BY);
  }

  void setReviewedBy(String userId) {
    scope.setVariable(REVIEWED_BY, userId);
  }

  void setMonitoringSummary(String summary) {
    scope.setVariable(MONITORING_SUMMARY, summary);
  }

  String confirmation() {
    return string(CONFIRMATION);
  }

  String directorRemark() {
    return string(DIRECTOR_REMARK);
  }

  String instrument() {
    return string(INSTRUMENT);
  }

  void setMonitoring(String group, LocalDate firstDue, String indicatorList) {
    scope.setVariable(MONITORING_GROUP, group);
    scope.setVariable(INDICATOR_LIST, indicatorList);
    setMonitoringDue(firstDue);
  }

  LocalDate monitoringDue() {
    return date(MONITORING_DUE_AT);
  }

  void setMonitoringDue(LocalDate due) {
    scope.setVariable(MONITORING_DUE_AT, due.atStartOfDay().toString());
  }

  LocalDate resultDate() {
    return date(RESULT_DATE);
  }

  String resultSummary() {
    return string(RESULT_SUMMARY);
  }

  String resultFigures() {
    return string(RESULT_FIGURES);
  }

  String indicatorValues() {
    return string(INDICATOR_VALUES);
  }

  /**
   * Whether this was the instrument's last use; normalised so the gateway always finds a boolean.
   */
  boolean normaliseFinalResult() {
    Object value = scope.getVariable(FINAL_RESULT);
    boolean last = Boolean.TRUE.equals(value) || "true".equals(String.valueOf(value));
    scope.setVariable(FINAL_RESULT, last);
    return last;
  }

  private String string(String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  private LocalDate date(String name) {
    String text = string(name);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new PlanRuleViolation(name + " is not a date (YYYY-MM-DD): " + text);
    }
  }
}
