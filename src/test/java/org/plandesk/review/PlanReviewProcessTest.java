package org.plandesk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.plandesk.review.process.PlanReviewVariables.CONFIRMATION;
import static org.plandesk.review.process.PlanReviewVariables.DIRECTOR_REMARK;
import static org.plandesk.review.process.PlanReviewVariables.FINAL_RESULT;
import static org.plandesk.review.process.PlanReviewVariables.INDICATOR_VALUES;
import static org.plandesk.review.process.PlanReviewVariables.MONITORING_SUMMARY;
import static org.plandesk.review.process.PlanReviewVariables.RESULT_DATE;
import static org.plandesk.review.process.PlanReviewVariables.RESULT_FIGURES;
import static org.plandesk.review.process.PlanReviewVariables.RESULT_SUMMARY;
import static org.plandesk.review.process.PlanReviewVariables.REVIEW_DUE_DATE;
import static org.plandesk.review.process.PlanReviewVariables.REVIEW_OUTCOME;
import static org.plandesk.review.process.PlanReviewVariables.REVIEW_REMARK;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plandesk.PlanDeskTest;
import org.plandesk.SeedPlans;
import org.plandesk.plan.PlanContent;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.VersionStatus;
import org.plandesk.plan.process.LifecycleDriver;
import org.plandesk.plan.process.PlanVersionProcess;
import org.plandesk.process.FlowNodeCoverage;
import org.plandesk.review.process.MonitoringTasks;
import org.plandesk.review.process.PlanReviewPort;
import org.plandesk.review.process.PlanReviewProcess;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One test per path through plan-review.bpmn; after the last, {@link FlowNodeCoverage} checks every
 * flow node was reached.
 */
@PlanDeskTest
class PlanReviewProcessTest {

  @RegisterExtension
  static final FlowNodeCoverage COVERAGE = new FlowNodeCoverage(PlanReviewProcess.KEY);

  private static final LocalDate TODAY = LocalDate.of(2027, 1, 4);
  private static final LocalDate DUE = TODAY.plusYears(1);

  @Autowired ProcessEngine engine;
  @Autowired PlanService plans;
  @Autowired ReviewService reviews;
  @Autowired PlanReviewPort reviewProcesses;
  @Autowired MonitoringTasks monitoringTasks;
  LifecycleDriver driver;

  @BeforeEach
  void setUp() {
    init(engine);
    driver = new LifecycleDriver(engine, plans);
    driver.reachDay(TODAY);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** A plan whose first version is in force from TODAY; returns the version's id. */
  private long inForce(String code, String type, PlanContent content) {
    ProcessInstance pi = driver.inForce(code, type, "hu", content, TODAY);
    long id = driver.versionId(pi);
    assertThat(plans.version(id).status()).isEqualTo(VersionStatus.IN_FORCE);
    return id;
  }

  /** Puts a new version of the plan in force on the given day. */
  private long newVersionInForce(String code, LocalDate day) {
    ProcessInstance pi = driver.startNewVersion("coordinator", code);
    return approveDraft(pi, day);
  }

  private long approveDraft(ProcessInstance pi, LocalDate day) {
    driver.draft(pi, List.of(), day.plusDays(5));
    driver.consolidate(pi);
    driver.decide(pi, "APPROVE", null, day);
    driver.reachDay(day);
    return driver.versionId(pi);
  }

  private ProcessInstance review(long versionId) {
    return reviewProcesses.reviewOf(versionId).orElse(null);
  }

  private void decideReview(ProcessInstance review, String outcome, String remark) {
    Map<String, Object> form = new HashMap<>();
    form.put(REVIEW_OUTCOME.name(), outcome);
    form.put(REVIEW_REMARK.name(), remark);
    driver.complete("coordinator", driver.task(review, PlanReviewProcess.REVIEW_PLAN), form);
  }

  private void confirm(ProcessInstance review, String taskKey, String confirmation, String remark) {
    Map<String, Object> form = new HashMap<>();
    form.put(CONFIRMATION.name(), confirmation);
    form.put(DIRECTOR_REMARK.name(), remark);
    driver.complete("director", driver.task(review, taskKey), form);
  }

  @Test
  void stillValidIsConfirmedRecordedAndTheNextReviewIsScheduledFromThatDay() {
    long id = inForce("REVIEW-VALID", "COMMUNICATION_PLAN", SeedPlans.kulsoKommunikacio());
    ProcessInstance review = review(id);
    assertThat(review)
        .as("no instruments: monitoring is done at once")
        .hasPassed(PlanReviewProcess.END_MONITORING_DONE)
        .isWaitingAt(PlanReviewProcess.REVIEW_REMINDER_DUE);
    assertThat(engine.getRuntimeService().getVariable(review.getId(), REVIEW_DUE_DATE.name()))
        .isEqualTo(DUE.toString());

    driver.reachDay(DUE.minusDays(14));
    assertThat(review)
        .hasPassed(PlanReviewProcess.REVIEW_REMINDER_DUE, PlanReviewProcess.REVIEW_REMINDED)
        .isWaitingAt(PlanReviewProcess.REVIEW_DUE);
    driver.reachDay(DUE);
    assertThat(review).isWaitingAt(PlanReviewProcess.REVIEW_PLAN);

    decideReview(review, "STILL_VALID", "Minden rendben.");
    confirm(review, PlanReviewProcess.CONFIRM_STILL_VALID, "CONFIRM", null);

    assertThat(review).isWaitingAt(PlanReviewProcess.REVIEW_REMINDER_DUE);
    assertThat(engine.getRuntimeService().getVariable(review.getId(), REVIEW_DUE_DATE.name()))
        .isEqualTo(DUE.plusYears(1).toString());
    var recorded = reviews.overview("REVIEW-VALID").reviews();
    assertThat(recorded)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.outcome()).isEqualTo(ReviewOutcome.STILL_VALID);
              assertThat(r.reviewedBy()).isEqualTo("coordinator");
              assertThat(r.confirmedBy()).isEqualTo("director");
              assertThat(r.remark()).isEqualTo("Minden rendben.");
              assertThat(r.reviewDate()).isEqualTo(DUE);
              assertThat(r.nextDueDate()).isEqualTo(DUE.plusYears(1));
            });
  }

  @Test
  void retirementNeedsAReasonCanBeSentBackAndEndsThePlanAsRetired() {
    long id = inForce("REVIEW-RETIRE", "ANNUAL_ACTION_PLAN", SeedPlans.kulsoKommunikacio());
    ProcessInstance review = review(id);
    driver.reachDay(DUE);

    assertThatThrownBy(() -> decideReview(review, "RETIRE", " "))
        .hasMessageContaining("why the plan is retired");
    decideReview(review, "RETIRE", "A terv elavult.");
    assertThatThrownBy(() -> confirm(review, PlanReviewProcess.CONFIRM_RETIREMENT, "SEND_BACK", ""))
        .hasMessageContaining("sent back");
    confirm(review, PlanReviewProcess.CONFIRM_RETIREMENT, "SEND_BACK", "Még kell egy évig.");
    assertThat(review).isWaitingAt(PlanReviewProcess.REVIEW_PLAN);

    decideReview(review, "STILL_VALID", null);
    confirm(review, PlanReviewProcess.CONFIRM_STILL_VALID, "SEND_BACK", "Inkább vonjuk vissza.");
    assertThat(review).isWaitingAt(PlanReviewProcess.REVIEW_PLAN);

    decideReview(review, "RETIRE", "A terv elavult.");
    confirm(review, PlanReviewProcess.CONFIRM_RETIREMENT, "CONFIRM", null);

    assertThat(review)
        .isEnded()
        .hasPassed(PlanReviewProcess.RETIRE_PLAN, PlanReviewProcess.END_RETIRED);
    assertThat(plans.version(id).status()).isEqualTo(VersionStatus.RETIRED);
    var overview = reviews.overview("REVIEW-RETIRE");
    assertThat(overview.planStatus()).isEqualTo("RETIRED");
    assertThat(overview.reviews())
        .extracting(PlanReview::outcome)
        .containsExactly(ReviewOutcome.RETIRED);
    assertThat(overview.reviews().get(0).remark()).isEqualTo("A terv elavult.");
  }

  @Test
  void reviseStartsANewPrefilledVersionWhoseEntryIntoForceEndsThisReview() {
    long id = inForce("REVIEW-REVISE", "COMMUNICATION_PLAN", SeedPlans.kulsoKommunikacio());
    ProcessInstance review = review(id);
    driver.reachDay(DUE);

    decideReview(review, "REVISE", "Új célcsoportok kellenek.");

    assertThat(review)
        .hasPassed(PlanReviewProcess.START_REVISION)
        .isWaitingAt(PlanReviewProcess.REVIEW_REMINDER_DUE);
    var draft =
        plans.overview("REVIEW-REVISE").versions().stream()
            .filter(v -> v.status() == VersionStatus.DRAFT)
            .findFirst()
            .orElseThrow();
    assertThat(draft.content().targetGroups())
        .as("prefilled with the content in force")
        .isEqualTo(SeedPlans.kulsoKommunikacio().targetGroups());
    assertThat(draft.preparedBy()).isEqualTo("coordinator");
    ProcessInstance revision =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(PlanVersionProcess.KEY)
            .processInstanceId(draft.processInstanceId())
            .singleResult();

    long second = approveDraft(revision, DUE.plusDays(20));

    assertThat(plans.version(id).status()).isEqualTo(VersionStatus.SUPERSEDED);
    assertThat(review)
        .isEnded()
        .hasPassed(PlanReviewProcess.RECORD_REVIEW_ENDED, PlanReviewProcess.END_REVIEW_ENDED);
    assertThat(review(second)).as("the new version has its own review").isNotNull();
    assertThat(reviews.overview("REVIEW-REVISE").reviews())
        .extracting(PlanReview::outcome)
        .containsExactly(ReviewOutcome.REVISE, ReviewOutcome.ENDED);
  }

  @Test
  void pendingReviewEndsWithoutAStaleTaskWhenANewerVersionEntersIntoForce() {
    long id = inForce("REVIEW-PENDING", "COMMUNICATION_PLAN", SeedPlans.kulsoKommunikacio());
    ProcessInstance review = review(id);
    driver.reachDay(DUE);
    assertThat(review).isWaitingAt(PlanReviewProcess.REVIEW_PLAN);
    assertThatThrownBy(
            () -> {
              driver.startNewVersion("coordinator", "REVIEW-PENDING");
              decideReview(review, "REVISE", "Még egy változat");
            })
        .as("no revision while a newer version is open")
        .hasMessageContaining("newer version");

    long second =
        plans.overview("REVIEW-PENDING").versions().stream()
            .filter(v -> v.status() == VersionStatus.DRAFT)
            .findFirst()
            .orElseThrow()
            .id();
    ProcessInstance secondPi =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(plans.version(second).processInstanceId())
            .singleResult();
    approveDraft(secondPi, DUE.plusDays(3));

    assertThat(review).isEnded().hasPassed(PlanReviewProcess.RECORD_REVIEW_ENDED);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(review.getId()).count())
        .isZero();
    assertThat(reviews.overview("REVIEW-PENDING").reviews())
        .extracting(PlanReview::outcome)
        .containsExactly(ReviewOutcome.ENDED);
  }

  @Test
  void aVersionSupersededBeforeItsReminderEndsItsReviewWithoutReminding() {
    long id = inForce("REVIEW-EARLY-END", "COMMUNICATION_PLAN", SeedPlans.kulsoKommunikacio());
    ProcessInstance review = review(id);
    assertThat(review).isWaitingAt(PlanReviewProcess.REVIEW_REMINDER_DUE);

    newVersionInForce("REVIEW-EARLY-END", TODAY.plusMonths(3));

    assertThat(review)
        .isEnded()
        .hasPassed(PlanReviewProcess.RECORD_REVIEW_ENDED, PlanReviewProcess.END_REVIEW_ENDED)
        .hasNotPassed(PlanReviewProcess.REVIEW_REMINDED);
    assertThat(reviews.overview("REVIEW-EARLY-END").reviews())
        .extracting(PlanReview::outcome)
        .containsExactly(ReviewOutcome.ENDED);
  }

  @Test
  void eachInstrumentAsksForResultsAtItsPeriodicityAndTheReviewerSeesTargetAgainstActual() {
    long id = inForce("REVIEW-MONITOR", "DEVELOPMENT_PROGRAMME", SeedPlans.lutskProgramme());
    ProcessInstance review = review(id);
    assertThat(driver.tasks(review, PlanReviewProcess.RECORD_MONITORING_RESULT)).isEmpty();

    driver.reachDay(TODAY.plusMonths(3));
    Task poll = driver.task(review, PlanReviewProcess.RECORD_MONITORING_RESULT);
    assertThat(engine.getTaskService().getIdentityLinksForTask(poll.getId()))
        .anyMatch(l -> "coordinator".equals(l.getGroupId()));
    assertThatThrownBy(() -> driver.complete("coordinator", poll, monitoringForm("1 - 4", false)))
        .hasMessageContaining("number = value");
    assertThatThrownBy(() -> driver.complete("coordinator", poll, monitoringForm("3 = 4", false)))
        .hasMessageContaining("no indicator number 3");
    driver.complete("coordinator", poll, monitoringForm("1 = 4\n2 = 3,5", false));

    driver.reachDay(TODAY.plusMonths(6));
    Task again = driver.task(review, PlanReviewProcess.RECORD_MONITORING_RESULT);
    driver.complete("coordinator", again, monitoringForm("2 = 4.5", true));
    assertThat(review).hasPassed(PlanReviewProcess.END_INSTRUMENT_DONE);

    driver.reachDay(DUE);
    List<Task> yearly = driver.tasks(review, PlanReviewProcess.RECORD_MONITORING_RESULT);
    assertThat(yearly).as("the two yearly instruments").hasSize(2);
    Object summary =
        engine
            .getTaskService()
            .getVariable(
                driver.task(review, PlanReviewProcess.REVIEW_PLAN).getId(),
                MONITORING_SUMMARY.name());
    assertThat(summary.toString())
        .as("in the plan's language, with its decimal comma")
        .contains("célérték 5", "tényleges érték 4,5", "tényleges érték 4 (")
        .contains("Тематичне експрес");
    var indicators = reviews.overview("REVIEW-MONITOR").indicators();
    assertThat(indicators)
        .extracting(IndicatorStatus::actual)
        .usingElementComparator((a, b) -> a.compareTo(b))
        .containsExactly(new java.math.BigDecimal("4"), new java.math.BigDecimal("4.5"));
  }

  @Test
  void aResultSavedOnPlanDesksPageCompletesTheTaskAndMonitoringGoesOnAtThePeriodicity() {
    long id = inForce("REVIEW-PAGE", "DEVELOPMENT_PROGRAMME", SeedPlans.lutskProgramme());
    ProcessInstance review = review(id);
    driver.reachDay(TODAY.plusMonths(3));
    Task poll = driver.task(review, PlanReviewProcess.RECORD_MONITORING_RESULT);
    assertThat(engine.getTaskService().getVariableLocal(poll.getId(), "monitoringPage"))
        .isEqualTo("/plans/REVIEW-PAGE/monitoring/" + poll.getId());
    assertThat(monitoringTasks.find(poll.getId()).orElseThrow().instrument())
        .isEqualTo("Тематичне експрес – опитування");

    monitoringTasks.complete(
        poll.getId(),
        "coordinator",
        java.util.Set.of("coordinator"),
        new MonitoringTasks.Result(
            TODAY.plusMonths(3),
            "Експрес-опитування 120 читачів",
            null,
            Map.of(2, new java.math.BigDecimal("3.5")),
            false));

    assertThat(review).isWaitingAt(PlanReviewProcess.MONITORING_DUE);
    assertThat(
            engine
                .getHistoryService()
                .createHistoricTaskInstanceQuery()
                .taskId(poll.getId())
                .singleResult()
                .getAssignee())
        .isEqualTo("coordinator");
    assertThat(reviews.overview("REVIEW-PAGE").indicators())
        .extracting(IndicatorStatus::actual)
        .usingElementComparator(
            (a, b) -> a == null || b == null ? (a == b ? 0 : 1) : a.compareTo(b))
        .containsExactly(null, new java.math.BigDecimal("3.5"));
    driver.reachDay(TODAY.plusMonths(6));
    assertThat(driver.task(review, PlanReviewProcess.RECORD_MONITORING_RESULT))
        .as("the poll's next quarter")
        .isNotNull();
  }

  private static Map<String, Object> monitoringForm(String values, boolean last) {
    Map<String, Object> form = new HashMap<>();
    form.put(RESULT_DATE.name(), TODAY.plusMonths(3).toString());
    form.put(RESULT_SUMMARY.name(), "Експрес-опитування 120 читачів");
    form.put(RESULT_FIGURES.name(), "120 відповідей");
    form.put(INDICATOR_VALUES.name(), values);
    form.put(FINAL_RESULT.name(), last);
    return form;
  }
}
