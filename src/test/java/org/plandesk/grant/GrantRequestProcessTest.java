package org.plandesk.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.plandesk.grant.process.GrantRequestVariables.AMOUNT_REQUESTED;
import static org.plandesk.grant.process.GrantRequestVariables.CURRENCY;
import static org.plandesk.grant.process.GrantRequestVariables.DECISION;
import static org.plandesk.grant.process.GrantRequestVariables.DECISION_COMMENT;
import static org.plandesk.grant.process.GrantRequestVariables.FUNDER_DEADLINE;
import static org.plandesk.grant.process.GrantRequestVariables.FUNDER_DECISION;
import static org.plandesk.grant.process.GrantRequestVariables.OWN_CONTRIBUTION;
import static org.plandesk.grant.process.GrantRequestVariables.PLAN_CODE;
import static org.plandesk.grant.process.GrantRequestVariables.PREPARER_GROUP;
import static org.plandesk.grant.process.GrantRequestVariables.REPORTED_ON;
import static org.plandesk.grant.process.GrantRequestVariables.REPORT_SUMMARY;
import static org.plandesk.grant.process.GrantRequestVariables.RESPONSIBLE;
import static org.plandesk.grant.process.GrantRequestVariables.SUMMARY;
import static org.plandesk.grant.process.GrantRequestVariables.TITLE;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
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
import org.plandesk.grant.process.GrantRequestProcess;
import org.plandesk.grant.process.GrantRequestVariables;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.VersionStatus;
import org.plandesk.plan.process.LifecycleDriver;
import org.plandesk.process.FlowNodeCoverage;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One test per path through grant-request.bpmn, as the users would do it (anna of the lending
 * department prepares, the director decides, peter is responsible); after the last, {@link
 * FlowNodeCoverage} checks every flow node was reached.
 */
@PlanDeskTest
class GrantRequestProcessTest {

  @RegisterExtension
  static final FlowNodeCoverage COVERAGE = new FlowNodeCoverage(GrantRequestProcess.KEY);

  private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
  private static final LocalDate DEADLINE = TODAY.plusDays(30);
  private static final String PLAN = "GRANT-LUTSK";
  private static final String ACTION_ITEM = "Грантова діяльність бібліотек";

  @Autowired ProcessEngine engine;
  @Autowired PlanService plans;
  @Autowired GrantService grants;
  @Autowired GrantDocuments documents;
  LifecycleDriver driver;
  GrantDriver grant;

  @BeforeEach
  void setUp() {
    init(engine);
    driver = new LifecycleDriver(engine, plans);
    grant = new GrantDriver(engine, driver);
    driver.reachDay(TODAY);
  }

  /**
   * Ends the requests a test left open: the Spring context (and its engine) is shared with other
   * test classes, whose reachDay would otherwise fire these timers in their own batches.
   */
  @AfterEach
  void endOpenRequestsAndResetClock() {
    engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(GrantRequestProcess.KEY)
        .list()
        .forEach(pi -> engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test ended"));
    ClockUtil.reset();
  }

  private static Map<String, Object> requestForm(String title) {
    return GrantDriver.requestForm(title, DEADLINE);
  }

  private ProcessInstance prepare(String user, Map<String, Object> form) {
    return grant.prepare(user, form);
  }

  private ProcessInstance prepare(String title) {
    return prepare("anna", requestForm(title));
  }

  private GrantRequest request(ProcessInstance pi) {
    return grants.list(null).stream()
        .filter(r -> pi.getId().equals(r.processInstanceId()))
        .findFirst()
        .orElseThrow();
  }

  private void decide(ProcessInstance pi, String decision, String comment) {
    grant.decide(pi, decision, comment);
  }

  private void submit(ProcessInstance pi, LocalDate on) {
    grant.submit(pi, on);
  }

  private static Map<String, Object> award(Object amount, String lines) {
    return GrantDriver.award(amount, lines);
  }

  private List<String> history(ProcessInstance pi) {
    return grants.overview(request(pi).id()).history().stream().map(e -> e.kind().name()).toList();
  }

  @Test
  void approvedSubmittedAwardedAndReportedRequestCloses() {
    Map<String, Object> withPlan = requestForm("Простір громади");
    withPlan.put(PLAN_CODE.name(), PLAN);
    withPlan.put(GrantRequestVariables.ACTION_ITEM.name(), ACTION_ITEM);
    assertThatThrownBy(() -> prepare("anna", withPlan))
        .as("no such plan yet")
        .hasMessageContaining("no plan with code " + PLAN);

    var planPi =
        driver.startNewPlan("coordinator", PLAN, "Програма Луцьк", "DEVELOPMENT_PROGRAMME", "uk");
    driver.writeContent(planPi, SeedPlans.lutskProgramme());
    driver.draft(planPi, List.of(), TODAY.plusDays(5));
    driver.consolidate(planPi);
    assertThatThrownBy(() -> prepare("anna", withPlan))
        .as("not in force yet")
        .hasMessageContaining("no version in force");
    driver.decide(planPi, "APPROVE", null, TODAY);
    driver.reachDay(TODAY);
    assertThat(plans.overview(PLAN).inForce())
        .get()
        .extracting(v -> v.status())
        .isEqualTo(VersionStatus.IN_FORCE);

    Map<String, Object> otherItem = new HashMap<>(withPlan);
    otherItem.put(GrantRequestVariables.ACTION_ITEM.name(), "Будівництво басейну");
    assertThatThrownBy(() -> prepare("anna", otherItem))
        .hasMessageContaining("has no action item 'Будівництво басейну'");

    ProcessInstance pi = prepare("anna", withPlan);
    GrantRequest prepared = request(pi);
    assertThat(prepared.status()).isEqualTo(GrantStatus.IN_APPROVAL);
    assertThat(prepared.preparedBy()).isEqualTo("anna");
    assertThat(prepared.amountRequested()).isEqualByComparingTo("12500.50");
    assertThat(prepared.actionItem()).isEqualTo(ACTION_ITEM);
    assertThat(pi)
        .isWaitingAt(GrantRequestProcess.APPROVE_REQUEST)
        .hasPassed(GrantRequestProcess.RECORD_REQUEST);
    assertThat(
            engine
                .getTaskService()
                .getVariable(
                    driver.task(pi, GrantRequestProcess.APPROVE_REQUEST).getId(), SUMMARY.name()))
        .asString()
        .contains("House of Europe", "12\u00a0500,50\u00a0EUR", ACTION_ITEM);

    decide(pi, "APPROVE", null);
    assertThat(pi)
        .as("the submission does not wait for the document")
        .isWaitingAt(
            GrantRequestProcess.SUBMIT_TO_FUNDER, GrantRequestProcess.GENERATE_REQUEST_DOCUMENT);
    driver.reachDay(TODAY);
    assertThat(pi)
        .hasPassed(
            GrantRequestProcess.APPROVED_FORK,
            GrantRequestProcess.GENERATE_REQUEST_DOCUMENT,
            GrantRequestProcess.END_REQUEST_DOCUMENT_STORED);
    assertThat(documents.document(prepared.id(), null).edition())
        .isEqualTo(GrantDocumentEdition.REQUEST.name());
    Task submitTask = driver.task(pi, GrantRequestProcess.SUBMIT_TO_FUNDER);
    assertThat(engine.getTaskService().getIdentityLinksForTask(submitTask.getId()))
        .anyMatch(l -> "peter".equals(l.getUserId()))
        .anyMatch(l -> "lending".equals(l.getGroupId()));
    assertThat(
            LocalDate.ofInstant(
                submitTask.getDueDate().toInstant(), java.time.ZoneId.systemDefault()))
        .isEqualTo(DEADLINE);
    assertThat(request(pi).status()).isEqualTo(GrantStatus.APPROVED);

    driver.reachDay(DEADLINE.minusDays(7));
    assertThat(pi)
        .hasPassed(
            GrantRequestProcess.SUBMISSION_REMINDER_DUE,
            GrantRequestProcess.END_SUBMISSION_REMINDED)
        .isWaitingAt(GrantRequestProcess.SUBMIT_TO_FUNDER);
    assertThatThrownBy(() -> submit(pi, DEADLINE.minusDays(6)))
        .hasMessageContaining("lies in the future");
    LocalDate submitted = DEADLINE.minusDays(7);
    submit(pi, submitted);
    assertThat(pi).isWaitingAt(GrantRequestProcess.RECORD_FUNDER_DECISION);
    assertThat(request(pi).submittedOn()).isEqualTo(submitted);

    driver.reachDay(submitted.plusDays(59));
    assertThat(pi).hasNotPassed(GrantRequestProcess.DECISION_OVERDUE);
    driver.reachDay(submitted.plusDays(60));
    assertThat(pi)
        .hasPassed(GrantRequestProcess.DECISION_OVERDUE, GrantRequestProcess.END_DECISION_REMINDED)
        .isWaitingAt(GrantRequestProcess.RECORD_FUNDER_DECISION);

    LocalDate decided = submitted.plusDays(60);
    Task decision = driver.task(pi, GrantRequestProcess.RECORD_FUNDER_DECISION);
    assertThatThrownBy(
            () ->
                driver.complete(
                    "peter", decision, award(0L, decided.plusMonths(6) + " Interim report")))
        .hasMessageContaining("amount awarded must be more than 0");
    assertThatThrownBy(() -> driver.complete("peter", decision, award(10000L, "")))
        .hasMessageContaining("needs its reporting obligations");
    assertThatThrownBy(
            () -> driver.complete("peter", decision, award(10000L, "2027-13-01 Interim report")))
        .hasMessageContaining("line 1 does not start with a date");
    assertThatThrownBy(
            () ->
                driver.complete(
                    "peter",
                    decision,
                    award(10000L, decided.plusMonths(6) + " Interim\n2028-01-31")))
        .hasMessageContaining("line 2 has a date but no description");
    LocalDate interim = decided.plusMonths(6);
    LocalDate last = decided.plusMonths(12);
    driver.complete(
        "peter",
        decision,
        award(
            10000L,
            interim + " Interim narrative report\n\n" + last + "  Final financial report\n"));

    assertThat(pi).isWaitingAt(GrantRequestProcess.GENERATE_AWARD_DOCUMENT);
    driver.reachDay(decided);
    assertThat(pi)
        .hasPassed(
            GrantRequestProcess.AWARDED_FORK,
            GrantRequestProcess.GENERATE_AWARD_DOCUMENT,
            GrantRequestProcess.END_AWARD_DOCUMENT_STORED);
    assertThat(documents.document(prepared.id(), null).edition())
        .isEqualTo(GrantDocumentEdition.AWARD.name());
    GrantRequest awarded = request(pi);
    assertThat(awarded.status()).isEqualTo(GrantStatus.AWARDED);
    assertThat(awarded.amountAwarded()).isEqualByComparingTo("10000");
    assertThat(awarded.awardConditions()).isEqualTo("Publicity of the funder on every event");
    List<Task> reports = driver.tasks(pi, GrantRequestProcess.SUBMIT_REPORT);
    assertThat(reports).hasSize(2);
    assertThat(reports)
        .extracting(t -> engine.getTaskService().getVariable(t.getId(), "reportDescription"))
        .containsExactlyInAnyOrder("Interim narrative report", "Final financial report");

    driver.reachDay(interim.minusDays(14));
    assertThat(pi)
        .hasPassed(
            GrantRequestProcess.REPORT_REMINDER_DUE, GrantRequestProcess.END_REPORT_REMINDED);
    for (Task report : driver.tasks(pi, GrantRequestProcess.SUBMIT_REPORT)) {
      assertThatThrownBy(
              () ->
                  driver.complete(
                      "peter",
                      report,
                      Map.of(
                          REPORTED_ON.name(),
                          interim.minusDays(14).toString(),
                          REPORT_SUMMARY.name(),
                          " ")))
          .hasMessageContaining("Summary of what was reported is required");
      driver.complete(
          "peter",
          report,
          Map.of(
              REPORTED_ON.name(),
              interim.minusDays(14).toString(),
              REPORT_SUMMARY.name(),
              "Sent by e-mail"));
    }

    assertThat(pi)
        .isEnded()
        .hasPassed(
            GrantRequestProcess.END_REPORT_SUBMITTED,
            GrantRequestProcess.CLOSE_REQUEST,
            GrantRequestProcess.END_CLOSED);
    var overview = grants.overview(awarded.id());
    assertThat(overview.request().status()).isEqualTo(GrantStatus.CLOSED);
    assertThat(overview.obligations())
        .allSatisfy(
            o -> {
              assertThat(o.isReported()).isTrue();
              assertThat(o.reportedBy()).isEqualTo("peter");
            });
    assertThat(history(pi))
        .containsExactly(
            "PREPARED",
            "APPROVED",
            "DOCUMENT_GENERATED",
            "SUBMISSION_REMINDER",
            "SUBMITTED",
            "DECISION_REMINDER",
            "AWARDED",
            "DOCUMENT_GENERATED",
            "REPORT_REMINDER",
            "REPORTED",
            "REPORTED",
            "CLOSED");
  }

  @Test
  void theServerRefusesWhatTheFormsRefuseAndStoresNothing() {
    int before = grants.list(null).size();
    Map<String, String> refusals =
        Map.of(
            CURRENCY.name(), "not an ISO 4217 currency",
            AMOUNT_REQUESTED.name(), "Amount requested must be more than 0",
            OWN_CONTRIBUTION.name(), "Own contribution must be 0 or more",
            FUNDER_DEADLINE.name(), "has passed",
            RESPONSIBLE.name(), "is not a PlanDesk user",
            TITLE.name(), "Title of the project is required");
    Map<String, Object> bad =
        Map.of(
            CURRENCY.name(),
            "ABC",
            AMOUNT_REQUESTED.name(),
            0L,
            OWN_CONTRIBUTION.name(),
            -1L,
            FUNDER_DEADLINE.name(),
            TODAY.minusDays(1).toString(),
            RESPONSIBLE.name(),
            "nobody",
            TITLE.name(),
            "  ");
    refusals.forEach(
        (field, message) -> {
          Map<String, Object> form = requestForm("Refused");
          form.put(field, bad.get(field));
          assertThatThrownBy(() -> prepare("anna", form)).as(field).hasMessageContaining(message);
        });
    Map<String, Object> noCurrency = requestForm("Refused");
    noCurrency.put(CURRENCY.name(), "XXX");
    assertThatThrownBy(() -> prepare("anna", noCurrency))
        .hasMessageContaining("not an ISO 4217 currency");
    Map<String, Object> itemWithoutPlan = requestForm("Refused");
    itemWithoutPlan.put(GrantRequestVariables.ACTION_ITEM.name(), ACTION_ITEM);
    assertThatThrownBy(() -> prepare("anna", itemWithoutPlan))
        .hasMessageContaining("Name the plan");
    assertThatThrownBy(() -> prepare("director", requestForm("Refused")))
        .isInstanceOf(AuthorizationException.class);
    assertThat(grants.list(null)).hasSize(before);

    Map<String, Object> today = requestForm("Deadline today");
    today.put(FUNDER_DEADLINE.name(), TODAY.toString());
    today.put(CURRENCY.name(), "uah");
    ProcessInstance pi = prepare("coordinator", today);
    assertThat(request(pi).currency()).isEqualTo("UAH");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), PREPARER_GROUP.name()))
        .isEqualTo("coordinator");
  }

  @Test
  void changesRequestedGoBackToThePreparerAndTheRevisionIsApprovedAgain() {
    ProcessInstance pi = prepare("Revised request");
    assertThatThrownBy(() -> decide(pi, "REQUEST_CHANGES", " "))
        .hasMessageContaining("A comment saying what to change is required");
    decide(pi, "REQUEST_CHANGES", "Add the own contribution of the library");
    assertThat(pi).isWaitingAt(GrantRequestProcess.REVISE_REQUEST);
    Task revise = driver.task(pi, GrantRequestProcess.REVISE_REQUEST);
    assertThat(revise.getAssignee()).isEqualTo("anna");
    assertThat(request(pi).status()).isEqualTo(GrantStatus.CHANGES_REQUESTED);
    assertThat(request(pi).directorComment()).isEqualTo("Add the own contribution of the library");

    Map<String, Object> revised = requestForm("Revised request");
    revised.put(OWN_CONTRIBUTION.name(), 1500L);
    revised.put(FUNDER_DEADLINE.name(), TODAY.minusDays(1).toString());
    assertThatThrownBy(() -> driver.complete("anna", revise, revised))
        .hasMessageContaining("has passed");
    revised.put(FUNDER_DEADLINE.name(), DEADLINE.plusDays(10).toString());
    driver.complete("anna", revise, revised);

    assertThat(pi)
        .isWaitingAt(GrantRequestProcess.APPROVE_REQUEST)
        .hasPassed(GrantRequestProcess.JOIN_APPROVAL);
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), DECISION.name()))
        .as("no stale choice in the form")
        .isNull();
    GrantRequest request = request(pi);
    assertThat(request.status()).isEqualTo(GrantStatus.IN_APPROVAL);
    assertThat(request.ownContribution()).isEqualByComparingTo("1500");
    assertThat(request.funderDeadline()).isEqualTo(DEADLINE.plusDays(10));

    decide(pi, "APPROVE", "Good luck");
    assertThat(pi).isWaitingAt(GrantRequestProcess.SUBMIT_TO_FUNDER);
    assertThat(history(pi)).containsExactly("PREPARED", "CHANGES_REQUESTED", "REVISED", "APPROVED");
  }

  @Test
  void rejectedRequestEndsWithTheDirectorsReason() {
    ProcessInstance pi = prepare("Rejected request");
    assertThatThrownBy(() -> decide(pi, "REJECT", null))
        .hasMessageContaining("A comment saying why the request is rejected is required");
    assertThatThrownBy(() -> decide(pi, "MAYBE", null))
        .hasMessageContaining("Approve the request, request changes or reject it");
    decide(pi, "REJECT", "Not in line with our priorities");

    assertThat(pi).isEnded().hasPassed(GrantRequestProcess.END_REJECTED);
    assertThat(request(pi).status()).isEqualTo(GrantStatus.REJECTED);
    assertThat(request(pi).directorComment()).isEqualTo("Not in line with our priorities");
  }

  @Test
  void unsubmittedRequestClosesAsMissedWhenTheFundersDeadlinePasses() {
    ProcessInstance pi = prepare("Missed request");
    decide(pi, "APPROVE", null);
    driver.reachDay(TODAY);

    driver.reachDay(DEADLINE);
    assertThat(pi)
        .isWaitingAt(GrantRequestProcess.SUBMIT_TO_FUNDER)
        .hasPassed(GrantRequestProcess.SUBMISSION_REMINDER_DUE);
    driver.reachDay(DEADLINE.plusDays(1));

    assertThat(pi)
        .isEnded()
        .hasPassed(
            GrantRequestProcess.FUNDER_DEADLINE_PASSED,
            GrantRequestProcess.RECORD_DEADLINE_MISSED,
            GrantRequestProcess.END_DEADLINE_MISSED);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).count())
        .isZero();
    assertThat(request(pi).status()).isEqualTo(GrantStatus.MISSED);
    assertThat(history(pi))
        .containsExactly(
            "PREPARED", "APPROVED", "DOCUMENT_GENERATED", "SUBMISSION_REMINDER", "DEADLINE_MISSED");
  }

  @Test
  void declinedRequestEndsWithTheFundersDecision() {
    ProcessInstance pi = prepare("Declined request");
    decide(pi, "APPROVE", null);
    driver.reachDay(TODAY);
    assertThatThrownBy(() -> submit(pi, DEADLINE.plusDays(1)))
        .hasMessageContaining("lies in the future");
    submit(pi, TODAY);
    Task decision = driver.task(pi, GrantRequestProcess.RECORD_FUNDER_DECISION);
    assertThatThrownBy(
            () -> driver.complete("peter", decision, Map.of(FUNDER_DECISION.name(), "PERHAPS")))
        .hasMessageContaining("awarded or declined");
    driver.complete(
        "peter",
        decision,
        Map.of(
            FUNDER_DECISION.name(), "DECLINED", DECISION_COMMENT.name(), "Too many applications"));

    assertThat(pi)
        .isEnded()
        .hasPassed(GrantRequestProcess.FUNDER_DECISION, GrantRequestProcess.END_DECLINED);
    GrantRequest request = request(pi);
    assertThat(request.status()).isEqualTo(GrantStatus.DECLINED);
    assertThat(request.decisionComment()).isEqualTo("Too many applications");
    assertThat(request.amountAwarded()).isNull();
  }
}
