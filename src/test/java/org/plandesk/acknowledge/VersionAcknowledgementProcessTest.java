package org.plandesk.acknowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plandesk.PlanDeskTest;
import org.plandesk.SeedPlans;
import org.plandesk.acknowledge.process.VersionAcknowledgementProcess;
import org.plandesk.acknowledge.process.VersionAcknowledgementVariables;
import org.plandesk.notification.MailKind;
import org.plandesk.notification.MailLog;
import org.plandesk.notification.MailLogEntry;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.process.LifecycleDriver;
import org.plandesk.plan.process.PlanVersionProcess;
import org.plandesk.plan.process.PlanVersionVariables;
import org.plandesk.process.DirectorDecision;
import org.plandesk.process.FlowNodeCoverage;
import org.plandesk.system.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * One test per path through version-acknowledgement.bpmn, as it happens to a library: a version
 * enters into force, the staff asked confirm (everyone, or after a reminder and the coordinator's
 * escalation), or a newer version supersedes it before or after the escalation, which closes the
 * open confirmations and reminds nobody. After the last, {@link FlowNodeCoverage} checks every flow
 * node was reached.
 */
@PlanDeskTest
@TestPropertySource(
    properties = {
      "plandesk.acknowledge.remind-after=P7D",
      "plandesk.acknowledge.escalate-after=P7D"
    })
class VersionAcknowledgementProcessTest {

  @RegisterExtension
  static final FlowNodeCoverage COVERAGE = new FlowNodeCoverage(VersionAcknowledgementProcess.KEY);

  private static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
  private static final LocalDate IN_FORCE = TODAY.plusDays(2);

  @Autowired ProcessEngine engine;
  @Autowired PlanService plans;
  @Autowired Acknowledgements acknowledgements;
  @Autowired MailLog mails;
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

  /** A new plan approved with the groups chosen at consolidation, in force from IN_FORCE. */
  private long inForce(String code, List<String> groups) {
    ProcessInstance pi =
        driver.startNewPlan(
            "coordinator", code, SeedPlans.KULSO_KOMM_TITLE, "COMMUNICATION_PLAN", "hu");
    driver.writeContent(pi, SeedPlans.kulsoKommunikacio());
    driver.draft(pi, List.of(), TODAY.plusDays(1));
    consolidate(pi, groups);
    driver.decide(pi, DirectorDecision.APPROVE, null, IN_FORCE);
    driver.reachDay(IN_FORCE);
    return driver.versionId(pi);
  }

  private long newVersionInForce(String code, LocalDate day) {
    ProcessInstance pi = driver.startNewVersion("coordinator", code);
    driver.draft(pi, List.of(), day);
    consolidate(pi, List.of());
    driver.decide(pi, DirectorDecision.APPROVE, null, day);
    driver.reachDay(day);
    return driver.versionId(pi);
  }

  private void consolidate(ProcessInstance pi, List<String> groups) {
    driver.complete(
        "coordinator",
        driver.task(pi, PlanVersionProcess.CONSOLIDATE_DRAFT),
        Map.of(PlanVersionVariables.ACKNOWLEDGE_GROUPS.name(), LifecycleDriver.json(groups)));
  }

  /** The version's acknowledgement process, while it runs (the object stays usable after). */
  private ProcessInstance round(long versionId) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(VersionAcknowledgementProcess.KEY)
        .variableValueEquals(VersionAcknowledgementVariables.VERSION_ID.name(), versionId)
        .singleResult();
  }

  private List<MailLogEntry> mails(long versionId, MailKind kind) {
    return mails.ofVersions(List.of(versionId)).getOrDefault(versionId, List.of()).stream()
        .filter(m -> m.kind() == kind)
        .toList();
  }

  private AcknowledgementStatus status(long versionId) {
    return acknowledgements.status(versionId).orElseThrow();
  }

  @Test
  void whenEveryoneAskedConfirmsTheRoundEndsAndNobodyIsReminded() {
    long id = inForce("ACK-ALL", List.of());
    ProcessInstance round = round(id);
    assertThat(round)
        .hasPassed(VersionAcknowledgementProcess.OPEN, VersionAcknowledgementProcess.ANYONE_ASKED)
        .isWaitingAt(VersionAcknowledgementProcess.REMINDER_DUE);
    AcknowledgementStatus asked = status(id);
    assertThat(asked.groups()).as("nothing chosen: all staff").isEmpty();
    assertThat(asked.people())
        .extracting(Confirmation::userId)
        .as("all staff of the library, not the administrator's account")
        .contains("coordinator", "director", "auditor", "anna", "peter")
        .doesNotContain("admin");
    assertThat(mails(id, MailKind.VERSION_IN_FORCE))
        .as("the mail about the new version reaches everyone, as before")
        .hasSizeGreaterThanOrEqualTo(asked.total());
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(round.getId()).count())
        .as("no user task per person")
        .isZero();

    for (Confirmation person : asked.people()) {
      acknowledgements.confirm(id, person.userId());
    }
    assertThat(round)
        .hasPassed(
            VersionAcknowledgementProcess.ALL_CONFIRMED,
            VersionAcknowledgementProcess.END_ALL_CONFIRMED)
        .isEnded();
    assertThat(status(id).confirmedCount()).isEqualTo(asked.total());

    assertThatThrownBy(() -> acknowledgements.confirm(id, "anna"))
        .as("a confirmation is final and given once")
        .isInstanceOf(AcknowledgementRefused.class)
        .hasMessageContaining("already confirmed")
        .extracting(e -> ((DomainException) e).kind())
        .isEqualTo(DomainException.Kind.CONFLICT);

    driver.reachDay(IN_FORCE.plusDays(30));
    assertThat(mails(id, MailKind.ACKNOWLEDGEMENT_REMINDER)).isEmpty();
    assertThat(mails(id, MailKind.ACKNOWLEDGEMENT_ESCALATION)).isEmpty();
  }

  @Test
  void thoseMissingAreRemindedThenTheCoordinatorIsToldAndTheLastConfirmationEndsTheRound() {
    ProcessInstance refused =
        driver.startNewPlan(
            "coordinator", "ACK-BAD", SeedPlans.KULSO_KOMM_TITLE, "COMMUNICATION_PLAN", "hu");
    driver.writeContent(refused, SeedPlans.kulsoKommunikacio());
    driver.draft(refused, List.of(), TODAY.plusDays(1));
    assertThatThrownBy(() -> consolidate(refused, List.of("camunda-admin")))
        .as("only the library's staff groups the form offers")
        .hasMessageContaining("camunda-admin");
    assertThat(refused).isWaitingAt(PlanVersionProcess.CONSOLIDATE_DRAFT);

    long id = inForce("ACK-REMIND", List.of("lending", "events"));
    assertThat(status(id).people())
        .extracting(Confirmation::userId)
        .containsExactly("anna", "peter");
    acknowledgements.confirm(id, "anna");
    assertThatThrownBy(() -> acknowledgements.confirm(id, "olena"))
        .as("someone not asked cannot confirm")
        .extracting(e -> ((DomainException) e).kind())
        .isEqualTo(DomainException.Kind.FORBIDDEN);

    driver.reachDay(IN_FORCE.plusDays(6));
    assertThat(mails(id, MailKind.ACKNOWLEDGEMENT_REMINDER)).as("not before its time").isEmpty();
    driver.reachDay(IN_FORCE.plusDays(7));
    ProcessInstance round = round(id);
    assertThat(round)
        .hasPassed(
            VersionAcknowledgementProcess.REMINDER_DUE,
            VersionAcknowledgementProcess.REMIND_MISSING)
        .isWaitingAt(VersionAcknowledgementProcess.ESCALATION_DUE);
    assertThat(mails(id, MailKind.ACKNOWLEDGEMENT_REMINDER))
        .as("only the one who has not confirmed")
        .extracting(MailLogEntry::recipientUser)
        .containsExactly("peter");
    assertThat(status(id).remindedCount()).isEqualTo(1);

    driver.reachDay(IN_FORCE.plusDays(14));
    assertThat(round)
        .hasPassed(
            VersionAcknowledgementProcess.ESCALATION_DUE,
            VersionAcknowledgementProcess.ESCALATE_MISSING,
            VersionAcknowledgementProcess.END_ESCALATED)
        .as("the event-based gateway waits for the last confirmation or the version leaving force")
        .isWaitingAt(VersionAcknowledgementProcess.AWAIT_LAST);
    assertThat(mails(id, MailKind.ACKNOWLEDGEMENT_ESCALATION))
        .extracting(MailLogEntry::recipientUser)
        .containsExactly("coordinator");
    assertThat(status(id).escalatedCount()).isEqualTo(1);

    acknowledgements.confirm(id, "peter");
    assertThat(round)
        .hasPassed(
            VersionAcknowledgementProcess.LAST_CONFIRMED,
            VersionAcknowledgementProcess.END_ALL_CONFIRMED)
        .isEnded();
  }

  @Test
  void aNewerVersionInForceClosesTheOpenConfirmationsAndRemindsNobody() {
    long first = inForce("ACK-SUPERSEDED", List.of());
    ProcessInstance round = round(first);
    acknowledgements.confirm(first, "anna");
    long second = newVersionInForce("ACK-SUPERSEDED", IN_FORCE.plusDays(3));

    assertThat(round)
        .hasPassed(
            VersionAcknowledgementProcess.LEFT_FORCE,
            VersionAcknowledgementProcess.CLOSE_OPEN,
            VersionAcknowledgementProcess.END_CLOSED)
        .hasNotPassed(VersionAcknowledgementProcess.REMIND_MISSING)
        .isEnded();
    AcknowledgementStatus closed = status(first);
    assertThat(closed.closed()).isTrue();
    assertThat(closed.closedReason()).isEqualTo("SUPERSEDED");
    assertThat(closed.confirmations())
        .as("the confirmation given stays")
        .extracting(Confirmation::userId)
        .containsExactly("anna");
    assertThatThrownBy(() -> acknowledgements.confirm(first, "peter"))
        .hasMessageContaining("no longer in force")
        .extracting(e -> ((DomainException) e).kind())
        .isEqualTo(DomainException.Kind.CONFLICT);
    assertThat(acknowledgements.openFor("peter"))
        .extracting(OpenAcknowledgement::versionId)
        .doesNotContain(first)
        .contains(second);

    driver.reachDay(IN_FORCE.plusDays(30));
    assertThat(mails(first, MailKind.ACKNOWLEDGEMENT_REMINDER))
        .as("nobody is reminded of a superseded version")
        .isEmpty();
    assertThat(mails(second, MailKind.ACKNOWLEDGEMENT_REMINDER))
        .as("the version in force is reminded of")
        .isNotEmpty();
  }

  @Test
  void aVersionSupersededAfterTheEscalationClosesItsOpenConfirmations() {
    long first = inForce("ACK-LATE", List.of("children"));
    ProcessInstance round = round(first);
    driver.reachDay(IN_FORCE.plusDays(7));
    driver.reachDay(IN_FORCE.plusDays(14));
    assertThat(round).hasPassed(VersionAcknowledgementProcess.END_ESCALATED);

    newVersionInForce("ACK-LATE", IN_FORCE.plusDays(15));
    assertThat(round)
        .hasPassed(
            VersionAcknowledgementProcess.LEFT_FORCE_LATE,
            VersionAcknowledgementProcess.CLOSE_OPEN,
            VersionAcknowledgementProcess.END_CLOSED)
        .isEnded();
    assertThat(status(first).missing()).extracting(Confirmation::userId).containsExactly("olena");
    assertThat(status(first).closedReason()).isEqualTo("SUPERSEDED");
  }

  @Test
  void aRoundThatAsksNobodyEndsAtOnce() {
    if (engine.getIdentityService().createGroupQuery().groupId("acknobody").count() == 0) {
      engine.getIdentityService().saveGroup(engine.getIdentityService().newGroup("acknobody"));
    }
    ProcessInstance draft =
        driver.startNewPlan(
            "coordinator", "ACK-NOBODY", SeedPlans.KULSO_KOMM_TITLE, "COMMUNICATION_PLAN", "hu");
    long id = driver.versionId(draft);
    ProcessInstance round =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                VersionAcknowledgementProcess.KEY,
                Map.of(
                    VersionAcknowledgementVariables.VERSION_ID.name(),
                    id,
                    VersionAcknowledgementVariables.GROUPS.name(),
                    LifecycleDriver.json(List.of("acknobody")),
                    VersionAcknowledgementVariables.REMIND_AFTER.name(),
                    "P7D",
                    VersionAcknowledgementVariables.ESCALATE_AFTER.name(),
                    "P7D"));
    assertThat(round).hasPassed(VersionAcknowledgementProcess.END_NOBODY_ASKED).isEnded();
    assertThat(status(id).total()).isZero();
  }
}
