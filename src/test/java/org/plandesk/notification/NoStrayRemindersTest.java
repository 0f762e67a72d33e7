package org.plandesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plandesk.grant.process.GrantRequestVariables.DECISION_COMMENT;
import static org.plandesk.grant.process.GrantRequestVariables.FUNDER_DECISION;
import static org.plandesk.review.process.PlanReviewVariables.CONFIRMATION;
import static org.plandesk.review.process.PlanReviewVariables.DIRECTOR_REMARK;
import static org.plandesk.review.process.PlanReviewVariables.REVIEW_OUTCOME;
import static org.plandesk.review.process.PlanReviewVariables.REVIEW_REMARK;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.junit.jupiter.api.Test;
import org.plandesk.SeedPlans;
import org.plandesk.audit.AuditEntry;
import org.plandesk.audit.AuditTrail;
import org.plandesk.grant.GrantDriver;
import org.plandesk.grant.GrantService;
import org.plandesk.grant.process.GrantRequestPort;
import org.plandesk.grant.process.GrantRequestProcess;
import org.plandesk.plan.VersionStatus;
import org.plandesk.plan.process.LifecycleActions;
import org.plandesk.process.DirectorDecision;
import org.plandesk.review.process.PlanReviewPort;
import org.plandesk.review.process.PlanReviewProcess;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reminder goes out only when its moment is really reached: never for a review, a department's
 * input or a grant request that ended before then (a newer version in force, the plan retired, the
 * version withdrawn, changes requested, a request or review cancelled in Cockpit). Checked the way
 * the people concerned would notice: the mails they receive, the outbox and the audit trail.
 */
class NoStrayRemindersTest extends MailTestBase {

  private static final String TITLE = SeedPlans.KULSO_KOMM_TITLE;
  private static final String GRANT_TITLE = "Простір громади";
  private static final LocalDate IN_FORCE = LocalDate.of(2026, 11, 1);

  /** A communication plan is reviewed yearly; its coordinator is reminded 14 days before. */
  private static final LocalDate REVIEW_DUE = IN_FORCE.plusYears(1);

  private static final LocalDate REMINDER_DAY = REVIEW_DUE.minusDays(14);

  /** How the coordinator's (Hungarian) review reminder begins. */
  private static final String REVIEW_REMINDER = "Felülvizsgálat esedékes";

  private static final Set<MailKind> REMINDERS =
      EnumSet.of(
          MailKind.INPUT_REMINDER,
          MailKind.REVIEW_REMINDER,
          MailKind.GRANT_SUBMISSION_REMINDER,
          MailKind.GRANT_DECISION_REMINDER,
          MailKind.GRANT_REPORT_REMINDER);

  @Autowired AuditTrail audit;
  @Autowired LifecycleActions lifecycle;
  @Autowired GrantService grants;
  @Autowired PlanReviewPort reviewProcesses;
  @Autowired GrantRequestPort grantRequests;

  @Test
  void theCoordinatorIsRemindedOnceWhenTheReminderDayOfTheVersionInForceComes() {
    String code = code("REMIND");
    long id = inForce(code);

    reachDay(REMINDER_DAY.minusDays(1));
    assertThat(deliver()).as("the day before the reminder").isEmpty();

    reachDay(REMINDER_DAY);
    List<ReceivedMail> mails = deliver();
    assertThat(mails).extracting(ReceivedMail::user).containsExactly("coordinator");
    assertThat(mails.get(0).subject())
        .isEqualTo(
            REVIEW_REMINDER
                + " (2027. november 1.): ellenőrizze, hogy a terv ("
                + TITLE
                + ") érvényes-e még");
    assertThat(mails.get(0).text()).contains(BASE_URL + "/plans/versions/" + id);
    assertThat(reminderLines(code))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.action()).startsWith("Mail sent (Review reminder) to Márku Mónika <"));
  }

  @Test
  void aVersionSupersededWhileItsReviewWaitsForTheReminderBringsNoReminder() {
    String code = code("SUPERSEDE");
    long first = inForce(code);

    long second = newVersionInForce(code, LocalDate.of(2027, 4, 1));

    assertThat(plans.version(first).status()).isEqualTo(VersionStatus.SUPERSEDED);
    List<ReceivedMail> supersession = deliver();
    assertThat(supersession).as("the staff hear of the new version").isNotEmpty();
    assertThat(supersession)
        .extracting(ReceivedMail::subject)
        .noneMatch(s -> s.startsWith(REVIEW_REMINDER));
    reachDay(REMINDER_DAY);
    assertThat(deliver()).as("the day the superseded version's reminder was due").isEmpty();
    assertThat(reminders()).isEmpty();
    assertThat(reminderLines(code)).isEmpty();

    // The version in force is still reviewed: its coordinator is reminded once, of that version.
    reachDay(LocalDate.of(2028, 4, 1).minusDays(14));
    ReceivedMail reminder = to(deliver(), "coordinator");
    assertThat(reminder.subject()).startsWith(REVIEW_REMINDER + " (2028. április 1.)");
    assertThat(reminder.text()).contains(BASE_URL + "/plans/versions/" + second);
    assertThat(reminders()).extracting(OutboxMail::versionId).containsExactly(second);
  }

  @Test
  void aRetiredPlanBringsNoFurtherReminder() {
    String code = code("RETIRE");
    long id = inForce(code);
    reachDay(REMINDER_DAY);
    assertThat(to(deliver(), "coordinator").subject())
        .as("the reminder before the review")
        .startsWith(REVIEW_REMINDER);
    reachDay(REVIEW_DUE);
    ProcessInstance review = review(id);

    decideReview(review, PlanReviewProcess.RETIRE, "A terv elavult.");
    confirm(review, PlanReviewProcess.CONFIRM_RETIREMENT);

    assertThat(plans.version(id).status()).isEqualTo(VersionStatus.RETIRED);
    assertThat(deliver())
        .extracting(ReceivedMail::subject)
        .noneMatch(s -> s.startsWith(REVIEW_REMINDER));
    reachDay(REMINDER_DAY.plusYears(1));
    assertThat(deliver()).as("a year on").isEmpty();
    assertThat(reminders()).as("only the one before the review").hasSize(1);
    assertThat(reminderLines(code)).hasSize(1);
  }

  @Test
  void aVersionWithdrawnWhileDepartmentsAreAskedBringsThemNoReminder() {
    String code = code("WITHDRAW");
    ProcessInstance pi =
        driver.startNewPlan("coordinator", code, TITLE, "COMMUNICATION_PLAN", "hu");
    driver.writeContent(pi, SeedPlans.kulsoKommunikacio());
    driver.draft(pi, List.of("lending", "events"), TODAY.plusDays(7));
    assertThat(deliver()).extracting(ReceivedMail::user).contains("anna", "peter");

    lifecycle.withdraw(driver.versionId(pi), "A stratégia megváltozott.");

    reachDay(TODAY.plusDays(5));
    reachDay(TODAY.plusDays(8));
    assertThat(deliver()).as("the reminder point and the deadline passed").isEmpty();
    assertThat(reminders()).isEmpty();
    assertThat(audit.trail(code, new AuditTrail.Filter(null, null, null)))
        .extracting(AuditEntry::action)
        .contains("Version withdrawn")
        .noneMatch(a -> a.toLowerCase().contains("reminder"));
  }

  @Test
  void changesRequestedBringTheCoordinatorTheCommentButNoReminder() {
    String code = code("CHANGES");
    ProcessInstance pi = atApproval(code, TITLE);
    deliver();

    driver.decide(pi, DirectorDecision.REQUEST_CHANGES, "A közösségi médiát is kérem.", null);

    assertThat(deliver())
        .filteredOn(m -> m.user().equals("coordinator"))
        .extracting(ReceivedMail::subject)
        .anyMatch(s -> s.startsWith("Módosítás kérve"))
        .noneMatch(s -> s.startsWith("Emlékeztető"));
    reachDay(TODAY.plusDays(8));
    assertThat(deliver()).as("past the departments' old deadline").isEmpty();
    assertThat(reminders()).isEmpty();
    assertThat(reminderLines(code)).isEmpty();
  }

  @Test
  void aReviewCancelledInCockpitBringsNoReminder() {
    String code = code("REVIEW-CANCEL");
    long id = inForce(code);

    // Cockpit's "cancel process instance", here with the custom listeners run (the stricter case).
    engine
        .getRuntimeService()
        .deleteProcessInstance(review(id).getId(), "Cancelled by the administrator", false);

    reachDay(REMINDER_DAY);
    assertThat(deliver()).isEmpty();
    assertThat(reminders()).isEmpty();
    assertThat(reminderLines(code)).isEmpty();
  }

  @Test
  void aGrantRequestCancelledInCockpitBringsNoReminder() {
    LocalDate deadline = TODAY.plusDays(30);
    GrantDriver grant = new GrantDriver(engine, driver);
    ProcessInstance pi = grant.prepare("anna", GrantDriver.requestForm(GRANT_TITLE, deadline));
    grant.decide(pi, "APPROVE", null);
    reachDay(TODAY);
    assertThat(deliver()).extracting(ReceivedMail::user).contains("peter");
    long grantId = grantId(pi);

    engine
        .getRuntimeService()
        .deleteProcessInstance(pi.getId(), "Cancelled by the administrator", false);

    reachDay(deadline.minusDays(7));
    reachDay(deadline.plusDays(1));
    assertThat(deliver()).as("the reminder point and the funder's deadline passed").isEmpty();
    assertThat(reminders()).isEmpty();
    assertThat(grants.overview(grantId).history())
        .extracting(e -> e.kind().name())
        .noneMatch(k -> k.endsWith("_REMINDER"));
  }

  @Test
  void aGrantRequestSubmittedAndDeclinedBeforeItsRemindersBringsNone() {
    LocalDate deadline = TODAY.plusDays(30);
    GrantDriver grant = new GrantDriver(engine, driver);
    ProcessInstance pi = grant.prepare("anna", GrantDriver.requestForm(GRANT_TITLE, deadline));
    grant.decide(pi, "APPROVE", null);
    reachDay(TODAY.plusDays(1));
    grant.submit(pi, TODAY.plusDays(1));
    reachDay(TODAY.plusDays(40));
    driver.complete(
        "peter",
        driver.task(pi, GrantRequestProcess.RECORD_FUNDER_DECISION),
        Map.of(
            FUNDER_DECISION.name(), "DECLINED", DECISION_COMMENT.name(), "Too many applications"));
    deliver();

    reachDay(TODAY.plusDays(62));
    assertThat(deliver()).as("past the decision reminder of a declined request").isEmpty();
    assertThat(reminders()).isEmpty();
    assertThat(grants.overview(grantId(pi)).history())
        .extracting(e -> e.kind().name())
        .contains("SUBMITTED", "DECLINED")
        .noneMatch(k -> k.endsWith("_REMINDER"));
  }

  @Test
  void aReviewStillOnTheEarlierModelRemindsOnlyWhenItsTimerFires() {
    String deployment = deployEarlierReviewModel();
    try {
      String code = code("EARLIER");
      long first = inForce(code);
      assertThat(
              engine
                  .getRepositoryService()
                  .getProcessDefinition(review(first).getProcessDefinitionId())
                  .getDeploymentId())
          .isEqualTo(deployment);

      long second = newVersionInForce(code, LocalDate.of(2027, 4, 1));

      assertThat(deliver())
          .extracting(ReceivedMail::subject)
          .noneMatch(s -> s.startsWith(REVIEW_REMINDER));
      assertThat(reminders()).as("superseded while waiting for the reminder").isEmpty();
      reachDay(LocalDate.of(2028, 4, 1).minusDays(14));
      assertThat(to(deliver(), "coordinator").subject())
          .startsWith(REVIEW_REMINDER + " (2028. április 1.)");
      assertThat(reminders()).extracting(OutboxMail::versionId).containsExactly(second);
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment, true, true);
    }
  }

  /**
   * plan-review.bpmn as it was before reminders moved to {@code Event_ReviewReminded}: the reminder
   * is the end listener of the timer. Reviews started on that deployment keep it for their whole
   * life (a year or more), so the listener itself must tell a cancelled wait apart.
   */
  private String deployEarlierReviewModel() {
    BpmnModelInstance model =
        Bpmn.readModelFromStream(getClass().getResourceAsStream("/processes/plan-review.bpmn"));
    IntermediateThrowEvent reminded = model.getModelElementById(PlanReviewProcess.REVIEW_REMINDED);
    reminded.removeChildElement(reminded.getExtensionElements());
    IntermediateCatchEvent timer = model.getModelElementById(PlanReviewProcess.REVIEW_REMINDER_DUE);
    timer
        .builder()
        .camundaExecutionListenerDelegateExpression(
            ExecutionListener.EVENTNAME_END, "${reviewReminderDue}");
    return engine
        .getRepositoryService()
        .createDeployment()
        .name("plan-review before issue 22")
        .addModelInstance("plan-review.bpmn", model)
        .addClasspathResource("processes/review-interval.dmn")
        .deploy()
        .getId();
  }

  /** A Hungarian communication plan (seed 000) whose first version is in force from IN_FORCE. */
  private long inForce(String code) {
    ProcessInstance pi = atApproval(code, TITLE);
    driver.decide(pi, DirectorDecision.APPROVE, null, IN_FORCE);
    reachDay(IN_FORCE);
    long id = driver.versionId(pi);
    assertThat(plans.version(id).status()).isEqualTo(VersionStatus.IN_FORCE);
    deliver();
    return id;
  }

  /**
   * The coordinator revises the plan without asking departments; the director approves it for that
   * day.
   */
  private long newVersionInForce(String code, LocalDate day) {
    reachDay(day.minusDays(10));
    ProcessInstance pi = driver.startNewVersion("coordinator", code);
    driver.draft(pi, List.of(), day.minusDays(5));
    driver.consolidate(pi);
    driver.decide(pi, DirectorDecision.APPROVE, null, day);
    reachDay(day);
    long id = driver.versionId(pi);
    assertThat(plans.version(id).status()).isEqualTo(VersionStatus.IN_FORCE);
    return id;
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

  private void confirm(ProcessInstance review, String taskKey) {
    Map<String, Object> form = new HashMap<>();
    form.put(CONFIRMATION.name(), PlanReviewProcess.CONFIRM);
    form.put(DIRECTOR_REMARK.name(), null);
    driver.complete("director", driver.task(review, taskKey), form);
  }

  private long grantId(ProcessInstance pi) {
    return grantRequests.grantId(pi.getId()).orElseThrow();
  }

  /** Every reminder in the outbox, whatever became of it. */
  private List<OutboxMail> reminders() {
    return outbox.list(null, 500).stream().filter(m -> REMINDERS.contains(m.kind())).toList();
  }

  /** The lines of the plan's audit trail about a reminder. */
  private List<AuditEntry> reminderLines(String code) {
    return audit.trail(code, new AuditTrail.Filter(null, null, null)).stream()
        .filter(e -> e.action().toLowerCase().contains("reminder"))
        .toList();
  }
}
