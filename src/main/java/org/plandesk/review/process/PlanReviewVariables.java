package org.plandesk.review.process;

import static org.plandesk.process.ProcessVariable.choice;
import static org.plandesk.process.ProcessVariable.date;
import static org.plandesk.process.ProcessVariable.dateTime;
import static org.plandesk.process.ProcessVariable.flag;
import static org.plandesk.process.ProcessVariable.id;
import static org.plandesk.process.ProcessVariable.text;
import static org.plandesk.process.ProcessVariable.textList;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.plandesk.plan.PlanType;
import org.plandesk.process.ProcessVariable;

/**
 * Every variable of the plan-review process, declared once with its type. Delegates and listeners
 * read and write through this facade only; other modules ask {@link PlanReviewPort}. The
 * declarations are public for the process's tests and the forms test.
 */
public final class PlanReviewVariables {

  // The version in force under review, given at the start
  public static final ProcessVariable<Long> VERSION_ID = id("versionId");
  public static final ProcessVariable<String> PLAN_CODE = text("planCode");
  public static final ProcessVariable<String> PLAN_TITLE = text("planTitle");
  public static final ProcessVariable<PlanType> PLAN_TYPE = choice("planType", PlanType.class);
  public static final ProcessVariable<String> VERSION_NUMBER = text("versionNumber");
  public static final ProcessVariable<LocalDate> EFFECTIVE_DATE = date("effectiveDate");
  public static final ProcessVariable<String> EDITOR_URL = text("editorUrl");
  public static final ProcessVariable<List<String>> MONITORING_INSTRUMENTS =
      textList("monitoringInstruments");

  /** The result of the review-interval decision ({@code Task_DecideReviewInterval}). */
  public static final ProcessVariable<ReviewRule> REVIEW_RULE =
      ProcessVariable.of("reviewRule", ReviewRule::of, ReviewRule::asResult);

  // The schedule (timers as ISO text the engine parses)
  public static final ProcessVariable<LocalDate> REVIEW_FROM = date("reviewFrom");
  public static final ProcessVariable<LocalDate> REVIEW_DUE_DATE = date("reviewDueDate");
  public static final ProcessVariable<LocalDateTime> REVIEW_DUE_AT = dateTime("reviewDueAt");
  public static final ProcessVariable<LocalDateTime> REVIEW_REMINDER_AT =
      dateTime("reviewReminderAt");

  // The coordinator's review and the director's confirmation
  public static final ProcessVariable<String> REVIEW_OUTCOME = text("reviewOutcome");
  public static final ProcessVariable<String> REVIEW_REMARK = text("reviewRemark");
  public static final ProcessVariable<String> REVIEWED_BY = text("reviewedBy");
  public static final ProcessVariable<String> MONITORING_SUMMARY = text("monitoringSummary");
  public static final ProcessVariable<String> CONFIRMATION = text("confirmation");
  public static final ProcessVariable<String> DIRECTOR_REMARK = text("directorRemark");

  // Per instrument (local to one instance of SubProcess_Monitoring)
  public static final ProcessVariable<String> INSTRUMENT = text("instrument");
  public static final ProcessVariable<String> MONITORING_GROUP = text("monitoringGroup");
  public static final ProcessVariable<LocalDateTime> MONITORING_DUE_AT =
      dateTime("monitoringDueAt");
  public static final ProcessVariable<String> INDICATOR_LIST = text("indicatorList");
  public static final ProcessVariable<LocalDate> RESULT_DATE = date("resultDate");
  public static final ProcessVariable<String> RESULT_SUMMARY = text("resultSummary");
  public static final ProcessVariable<String> RESULT_FIGURES = text("resultFigures");
  public static final ProcessVariable<String> INDICATOR_VALUES = text("indicatorValues");
  public static final ProcessVariable<Boolean> FINAL_RESULT = flag("finalResult");

  /** PlanDesk's page of one monitoring task, local to the task (its form links there). */
  public static final ProcessVariable<String> MONITORING_PAGE = text("monitoringPage");

  /**
   * The review-interval decision's single result: the interval (a year when the table gives none)
   * and whether the first review waits for the end of the plan's period.
   */
  public record ReviewRule(Period interval, boolean untilEndOfPeriod) {

    static final ReviewRule DEFAULT = new ReviewRule(Period.ofYears(1), false);

    private static ReviewRule of(Object result) {
      if (!(result instanceof Map<?, ?> map)) {
        return DEFAULT;
      }
      Object interval = map.get("reviewInterval");
      return new ReviewRule(
          interval == null ? Period.ofYears(1) : Period.parse(interval.toString()),
          Boolean.TRUE.equals(map.get("untilEndOfPeriod")));
    }

    private Map<String, Object> asResult() {
      return new HashMap<>(
          Map.of("reviewInterval", interval.toString(), "untilEndOfPeriod", untilEndOfPeriod));
    }
  }

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
      PlanType planType,
      String versionNumber,
      LocalDate effectiveDate,
      String editorUrl,
      List<String> instruments) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(VERSION_ID.name(), VERSION_ID.stored(versionId));
    vars.put(PLAN_CODE.name(), PLAN_CODE.stored(planCode));
    vars.put(PLAN_TITLE.name(), PLAN_TITLE.stored(planTitle));
    vars.put(PLAN_TYPE.name(), PLAN_TYPE.stored(planType));
    vars.put(VERSION_NUMBER.name(), VERSION_NUMBER.stored(versionNumber));
    vars.put(EFFECTIVE_DATE.name(), EFFECTIVE_DATE.stored(effectiveDate));
    vars.put(EDITOR_URL.name(), EDITOR_URL.stored(editorUrl));
    vars.put(MONITORING_INSTRUMENTS.name(), MONITORING_INSTRUMENTS.stored(instruments));
    return vars;
  }

  long versionId() {
    return VERSION_ID.require(scope);
  }

  String planCode() {
    return PLAN_CODE.get(scope);
  }

  LocalDate effectiveDate() {
    return EFFECTIVE_DATE.get(scope);
  }

  ReviewRule rule() {
    ReviewRule rule = REVIEW_RULE.get(scope);
    return rule == null ? ReviewRule.DEFAULT : rule;
  }

  /** The day the next review is counted from; null until the first review was decided. */
  LocalDate reviewFrom() {
    return REVIEW_FROM.get(scope);
  }

  void setReviewFrom(LocalDate day) {
    REVIEW_FROM.set(scope, day);
  }

  void setSchedule(LocalDate due, LocalDate reminder) {
    REVIEW_DUE_DATE.set(scope, due);
    REVIEW_DUE_AT.set(scope, due.atStartOfDay());
    REVIEW_REMINDER_AT.set(scope, reminder.atStartOfDay());
  }

  LocalDate reviewDueDate() {
    return REVIEW_DUE_DATE.get(scope);
  }

  String reviewOutcome() {
    return REVIEW_OUTCOME.get(scope);
  }

  String reviewRemark() {
    return REVIEW_REMARK.get(scope);
  }

  String reviewedBy() {
    return REVIEWED_BY.get(scope);
  }

  void setReviewedBy(String userId) {
    REVIEWED_BY.set(scope, userId);
  }

  void setMonitoringSummary(String summary) {
    MONITORING_SUMMARY.set(scope, summary);
  }

  String confirmation() {
    return CONFIRMATION.get(scope);
  }

  String directorRemark() {
    return DIRECTOR_REMARK.get(scope);
  }

  String instrument() {
    return INSTRUMENT.get(scope);
  }

  void setMonitoring(String group, LocalDate firstDue, String indicatorList) {
    MONITORING_GROUP.set(scope, group);
    INDICATOR_LIST.set(scope, indicatorList);
    setMonitoringDue(firstDue);
  }

  LocalDate monitoringDue() {
    LocalDateTime due = MONITORING_DUE_AT.get(scope);
    return due == null ? null : due.toLocalDate();
  }

  void setMonitoringDue(LocalDate due) {
    MONITORING_DUE_AT.set(scope, due.atStartOfDay());
  }

  LocalDate resultDate() {
    return RESULT_DATE.get(scope);
  }

  String resultSummary() {
    return RESULT_SUMMARY.get(scope);
  }

  String resultFigures() {
    return RESULT_FIGURES.get(scope);
  }

  String indicatorValues() {
    return INDICATOR_VALUES.get(scope);
  }

  /**
   * Whether this was the instrument's last use; normalised so the gateway always finds a boolean.
   */
  boolean normaliseFinalResult() {
    boolean last = Boolean.TRUE.equals(FINAL_RESULT.get(scope));
    FINAL_RESULT.set(scope, last);
    return last;
  }
}
