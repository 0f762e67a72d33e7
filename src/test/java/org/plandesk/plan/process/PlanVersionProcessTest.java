package org.plandesk.plan.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.plandesk.plan.process.PlanVersionVariables.DIRECTOR_COMMENT;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plandesk.PlanDeskTest;
import org.plandesk.SeedPlans;
import org.plandesk.plan.DepartmentInput;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.VersionStatus;
import org.plandesk.process.FlowNodeCoverage;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One test per path through plan-version.bpmn; after the last, {@link FlowNodeCoverage} checks
 * every flow node was reached.
 */
@PlanDeskTest
class PlanVersionProcessTest {

  @RegisterExtension
  static final FlowNodeCoverage COVERAGE = new FlowNodeCoverage(PlanVersionProcess.KEY);

  private static final LocalDate TODAY = LocalDate.of(2026, 10, 1);

  @Autowired ProcessEngine engine;
  @Autowired PlanService plans;
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

  private ProcessInstance draftedAndConsolidated(String code) {
    ProcessInstance pi =
        driver.startNewPlan(
            "coordinator", code, "Külső kommunikációs terv", "COMMUNICATION_PLAN", "hu");
    driver.writeContent(pi, SeedPlans.kulsoKommunikacio());
    driver.draft(pi, List.of("lending", "events"), TODAY.plusDays(10));
    driver.giveInput(
        "anna", pi, "lending", "A hírlevelet havonta küldjük.", List.of("Regisztrált használók"));
    driver.giveInput("peter", pi, "events", "Rendezvénynaptár a honlapon", List.of());
    assertThat(pi).isWaitingAt(PlanVersionProcess.CONSOLIDATE_DRAFT);
    driver.consolidate(pi);
    assertThat(pi).isWaitingAt(PlanVersionProcess.APPROVE_VERSION);
    return pi;
  }

  @Test
  void approvedVersionEntersForceOnItsEffectiveDateAndSupersedesThePrevious() {
    ProcessInstance first = draftedAndConsolidated("APPROVED");
    long firstId = driver.versionId(first);
    driver.decide(first, "APPROVE", "", TODAY.plusDays(5));

    assertThat(first)
        .as("the approval is committed before the document is generated")
        .isWaitingAt(PlanVersionProcess.GENERATE_DOCUMENT);
    driver.reachDay(TODAY);
    assertThat(first)
        .hasPassed(PlanVersionProcess.GENERATE_DOCUMENT)
        .isWaitingAt(PlanVersionProcess.EFFECTIVE_DATE_REACHED);
    var approved = plans.version(firstId);
    assertThat(approved.status()).isEqualTo(VersionStatus.APPROVED);
    assertThat(approved.versionNumber()).isEqualTo("1.0");
    assertThat(approved.approvedByName()).isEqualTo("Mikolasek Zsófia");
    assertThat(approved.approvalDate()).isEqualTo(TODAY);
    assertThat(approved.effectiveDate()).isEqualTo(TODAY.plusDays(5));

    assertThat(driver.reachDay(TODAY.plusDays(4))).isZero();
    driver.reachDay(TODAY.plusDays(5));
    assertThat(first)
        .isEnded()
        .hasPassed(PlanVersionProcess.PUT_VERSION_IN_FORCE, PlanVersionProcess.END_IN_FORCE);
    assertThat(plans.version(firstId).status()).isEqualTo(VersionStatus.IN_FORCE);

    ProcessInstance second = driver.startNewVersion("coordinator", "APPROVED");
    long secondId = driver.versionId(second);
    assertThat(plans.version(secondId).content().targetGroups())
        .as("a new version starts from the content in force")
        .isEqualTo(SeedPlans.kulsoKommunikacio().targetGroups());
    driver.draft(second, List.of(), TODAY.plusDays(20));
    driver.consolidate(second);
    driver.decide(second, "APPROVE", null, TODAY.plusDays(30));
    assertThat(plans.version(secondId).versionNumber()).isEqualTo("2.0");
    driver.reachDay(TODAY.plusDays(30));

    assertThat(plans.version(secondId).status()).isEqualTo(VersionStatus.IN_FORCE);
    assertThat(plans.version(firstId).status()).isEqualTo(VersionStatus.SUPERSEDED);
    var modifications = plans.overview("APPROVED").modificationList();
    assertThat(modifications).extracting(r -> r.versionNumber()).containsExactly("1.0", "2.0");
  }

  @Test
  void aRevisionRequestedByTheReviewOpensANewVersionFromTheContentInForce(
      @Autowired PlanVersionPort planVersions) {
    driver.approvedWithoutInput("REVISED", TODAY, TODAY);
    driver.reachDay(TODAY);
    assertThat(plans.overview("REVISED").inForce()).isPresent();

    ProcessInstance revision =
        driver.as("coordinator", () -> planVersions.startNewVersion("REVISED", "coordinator"));

    assertThat(revision)
        .hasPassed(PlanVersionProcess.START_REVISION_REQUESTED, PlanVersionProcess.OPEN_VERSION)
        .isWaitingAt(PlanVersionProcess.DRAFT_VERSION);
    assertThat(plans.overview("REVISED").open())
        .as("the revision is the plan's open version")
        .map(v -> v.id())
        .contains(driver.versionId(revision));
    assertThat(plans.version(driver.versionId(revision)).content().targetGroups())
        .as("the revised draft starts from the content in force")
        .isEqualTo(SeedPlans.kulsoKommunikacio().targetGroups());
  }

  @Test
  void changesRequestedGoBackToConsolidationWithTheCommentThenApproved() {
    ProcessInstance pi = draftedAndConsolidated("CHANGES");
    long id = driver.versionId(pi);
    driver.decide(pi, "REQUEST_CHANGES", "Kérem a célcsoportokat rangsorolni.", null);

    assertThat(pi)
        .isWaitingAt(PlanVersionProcess.CONSOLIDATE_DRAFT)
        .variables()
        .containsEntry(DIRECTOR_COMMENT.name(), "Kérem a célcsoportokat rangsorolni.");
    assertThat(plans.version(id).status()).isEqualTo(VersionStatus.DRAFT);
    assertThat(plans.version(id).decisionComment())
        .isEqualTo("Kérem a célcsoportokat rangsorolni.");

    driver.consolidate(pi);
    driver.decide(pi, "APPROVE", null, TODAY);
    assertThat(plans.version(id).status()).isEqualTo(VersionStatus.APPROVED);
    driver.reachDay(TODAY);
    assertThat(pi).isEnded();
    assertThat(plans.version(id).status()).isEqualTo(VersionStatus.IN_FORCE);
  }

  @Test
  void rejectedVersionEndsRejectedWithTheComment() {
    ProcessInstance pi = draftedAndConsolidated("REJECTED");
    driver.decide(pi, "REJECT", "Nem illeszkedik a stratégiához.", null);

    assertThat(pi).isEnded().hasPassed(PlanVersionProcess.END_REJECTED);
    var version = plans.version(driver.versionId(pi));
    assertThat(version.status()).isEqualTo(VersionStatus.REJECTED);
    assertThat(version.decisionComment()).isEqualTo("Nem illeszkedik a stratégiához.");
    assertThat(version.versionNumber()).isNull();
  }

  @Test
  void coordinatorWithdrawsAVersionWhileDepartmentsWork(@Autowired LifecycleActions actions) {
    ProcessInstance pi =
        driver.startNewPlan("coordinator", "WITHDRAWN", "Terv", "ANNUAL_ACTION_PLAN", "hu");
    driver.writeContent(pi, SeedPlans.kulsoKommunikacio());
    driver.draft(pi, List.of("lending"), TODAY.plusDays(10));

    actions.withdraw(driver.versionId(pi), "A stratégia megváltozott.");

    assertThat(pi)
        .isEnded()
        .hasPassed(PlanVersionProcess.RECORD_WITHDRAWAL, PlanVersionProcess.END_WITHDRAWN);
    var version = plans.version(driver.versionId(pi));
    assertThat(version.status()).isEqualTo(VersionStatus.WITHDRAWN);
    assertThat(version.withdrawalReason()).isEqualTo("A stratégia megváltozott.");
    assertThat(driver.tasks(pi, PlanVersionProcess.GIVE_DEPARTMENT_INPUT)).isEmpty();
  }

  @Test
  void silentDepartmentIsRemindedThenClosedAsNoInputAtTheDeadline() {
    ProcessInstance pi =
        driver.startNewPlan("coordinator", "SILENT", "Terv", "COMMUNICATION_PLAN", "hu");
    driver.writeContent(pi, SeedPlans.kulsoKommunikacio());
    LocalDate deadline = TODAY.plusDays(10);
    driver.draft(pi, List.of("lending", "children"), deadline);
    driver.giveInput("anna", pi, "lending", "Rendben.", List.of());

    driver.reachDay(deadline.minusDays(1));
    assertThat(pi).hasPassed(PlanVersionProcess.INPUT_REMINDER_DUE);
    assertThat(driver.tasks(pi, PlanVersionProcess.GIVE_DEPARTMENT_INPUT))
        .as("reminder does not close")
        .hasSize(1);

    driver.reachDay(deadline);
    assertThat(driver.tasks(pi, PlanVersionProcess.GIVE_DEPARTMENT_INPUT))
        .as("deadline day still counts")
        .hasSize(1);
    driver.reachDay(deadline.plusDays(1));

    assertThat(pi)
        .hasPassed(PlanVersionProcess.RECORD_NO_INPUT, PlanVersionProcess.END_NO_INPUT)
        .isWaitingAt(PlanVersionProcess.CONSOLIDATE_DRAFT);
    assertThat(plans.inputs(driver.versionId(pi)))
        .extracting(DepartmentInput::department, DepartmentInput::status)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("lending", DepartmentInput.Status.GIVEN),
            org.assertj.core.groups.Tuple.tuple("children", DepartmentInput.Status.NO_INPUT));
  }

  @Test
  void secondVersionInDraftingIsRefusedAndChangesNothing() {
    driver.startNewPlan("coordinator", "TWICE", "Terv", "COMMUNICATION_PLAN", "hu");
    long before = engine.getRuntimeService().createProcessInstanceQuery().count();

    assertThatThrownBy(() -> driver.startNewVersion("coordinator", "TWICE"))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("already has a version in drafting");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before);
    assertThat(plans.overview("TWICE").versions()).hasSize(1);
  }

  @Test
  void approvalWithAnEffectiveDateBeforeTheApprovalDateIsRefused() {
    ProcessInstance pi = draftedAndConsolidated("EARLY");
    assertThatThrownBy(() -> driver.decide(pi, "APPROVE", null, TODAY.minusDays(1)))
        .hasRootCauseInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("before the approval date");
    assertThatThrownBy(() -> driver.decide(pi, "REJECT", " ", null))
        .hasMessageContaining("comment");
    assertThat(pi).isWaitingAt(PlanVersionProcess.APPROVE_VERSION);
    assertThat(plans.version(driver.versionId(pi)).status()).isEqualTo(VersionStatus.IN_APPROVAL);
  }
}
