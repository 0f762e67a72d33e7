package org.plandesk.plan.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plandesk.plan.process.PlanVersionVariables.DECISION;

import java.time.LocalDate;
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
import org.plandesk.SeedPlans;
import org.plandesk.plan.DepartmentInput;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.VersionStatus;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole lifecycle as the people drive it: each step as a signed-in user with the engine's
 * authorizations on. Runs on the embedded database and (subclass) on PostgreSQL.
 */
abstract class LifecycleAsUsersTest {

  static final LocalDate TODAY = LocalDate.of(2026, 10, 1);

  @Autowired ProcessEngine engine;
  @Autowired PlanService plans;
  LifecycleDriver driver;

  @BeforeEach
  void setUp() {
    driver = new LifecycleDriver(engine, plans);
    driver.reachDay(TODAY);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void seedPlanGoesFromDraftToInForceThroughEveryRole() {
    String code = SeedPlans.KULSO_KOMM + " " + System.nanoTime();
    ProcessInstance pi =
        driver.startNewPlan(
            "coordinator", code, SeedPlans.KULSO_KOMM_TITLE, "COMMUNICATION_PLAN", "hu");
    long id = driver.versionId(pi);
    driver.writeContent(pi, SeedPlans.kulsoKommunikacio());
    driver.draft(pi, List.of("lending", "events", "children"), TODAY.plusDays(7));

    // Each department sees and works only its own task.
    Task lendingTask = driver.departmentTask(pi, "lending");
    assertThat(engine.getTaskService().getVariable(lendingTask.getId(), "departmentName"))
        .as("the form's heading names the department in the plan's language, not its group id")
        .isEqualTo("Kölcsönzés és olvasószolgálat");
    assertThat(
            driver.as(
                "auditor",
                () ->
                    engine
                        .getIdentityService()
                        .createGroupQuery()
                        .groupId("lending")
                        .singleResult()
                        .getName()))
        .as("the Tasklist shows candidate groups by name, to auditors too")
        .isEqualTo("Lending and reader services");
    assertThat(
            driver.as(
                "peter",
                () ->
                    engine.getTaskService().createTaskQuery().taskId(lendingTask.getId()).count()))
        .isZero();
    assertThatThrownBy(() -> driver.complete("peter", lendingTask, Map.of()))
        .isInstanceOf(AuthorizationException.class);
    driver.giveInput(
        "anna",
        pi,
        "lending",
        "Havi hírlevél a regisztrált használóknak.",
        List.of("Regisztrált használók", "Civil szervezetek"));
    driver.giveInput("peter", pi, "events", "Rendezvénynaptár", List.of("Közösségi média"));
    driver.reachDay(TODAY.plusDays(8));

    assertThat(plans.inputs(id))
        .extracting(
            DepartmentInput::department, DepartmentInput::status, DepartmentInput::recordedBy)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("lending", DepartmentInput.Status.GIVEN, "anna"),
            org.assertj.core.groups.Tuple.tuple("events", DepartmentInput.Status.GIVEN, "peter"),
            org.assertj.core.groups.Tuple.tuple("children", DepartmentInput.Status.NO_INPUT, null));
    assertThat(
            plans.inputs(id).stream()
                .filter(i -> i.department().equals("lending"))
                .findFirst()
                .orElseThrow()
                .priorityVotes())
        .containsExactly("Regisztrált használók", "Civil szervezetek");

    driver.consolidate(pi);
    Task approval = driver.task(pi, PlanVersionProcess.APPROVE_VERSION);
    assertThatThrownBy(() -> driver.complete("anna", approval, Map.of(DECISION.name(), "APPROVE")))
        .as("a department cannot decide")
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(
            () -> driver.complete("coordinator", approval, Map.of(DECISION.name(), "APPROVE")))
        .as("the coordinator cannot approve")
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(
            () -> driver.complete("auditor", approval, Map.of(DECISION.name(), "APPROVE")))
        .as("an auditor completes nothing")
        .isInstanceOf(AuthorizationException.class);
    assertThat(
            driver.as(
                "auditor",
                () -> engine.getTaskService().createTaskQuery().taskId(approval.getId()).count()))
        .as("an auditor reads every task")
        .isEqualTo(1);

    driver.decide(pi, "REQUEST_CHANGES", "Kérem a közösségi médiát is.", null);
    driver.consolidate(pi);
    driver.decide(pi, "APPROVE", null, LocalDate.of(2026, 11, 1));
    driver.reachDay(LocalDate.of(2026, 11, 1));

    var version = plans.version(id);
    assertThat(version.status()).isEqualTo(VersionStatus.IN_FORCE);
    assertThat(version.versionNumber()).isEqualTo("1.0");
    assertThat(version.preparedByName()).isEqualTo("Márku Mónika");
    assertThat(version.approvedByName()).isEqualTo("Mikolasek Zsófia");
    assertThat(version.content()).isEqualTo(SeedPlans.kulsoKommunikacio());
    assertThat(plans.overview(code).modificationList()).hasSize(1);
    assertThat(
            engine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(pi.getId())
                .singleResult()
                .getEndActivityId())
        .isEqualTo(PlanVersionProcess.END_IN_FORCE);
  }

  @Test
  void onlyTheCoordinatorStartsPlans() {
    assertThatThrownBy(
            () -> driver.startNewPlan("anna", "NOPE", "Terv", "COMMUNICATION_PLAN", "hu"))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(
            () -> driver.startNewPlan("auditor", "NOPE", "Terv", "COMMUNICATION_PLAN", "hu"))
        .isInstanceOf(AuthorizationException.class);
    assertThat(plans.plans()).noneMatch(p -> p.code().equals("NOPE"));
  }
}
