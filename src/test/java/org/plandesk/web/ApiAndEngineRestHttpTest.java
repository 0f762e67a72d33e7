package org.plandesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskWebTest;
import org.plandesk.SeedPlans;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.VersionStatus;
import org.plandesk.plan.process.LifecycleDriver;
import org.plandesk.plan.process.PlanVersionProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** PlanDesk's JSON API and Camunda's REST API through real HTTP: credentials, roles, clear 4xx. */
@PlanDeskWebTest
class ApiAndEngineRestHttpTest {

  private static final String START =
      "/engine-rest/process-definition/key/plan-version/submit-form";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired PlanService plans;
  WebClient web;
  LifecycleDriver driver;

  @BeforeEach
  void setUp() {
    web = new WebClient(port);
    driver = new LifecycleDriver(engine, plans);
    driver.reachDay(LocalDate.of(2026, 10, 1));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static String startForm(String kind, String code, String title) {
    return """
        {"variables":{"requestKind":{"value":"%s"},"planCode":{"value":"%s"},"planTitle":{"value":"%s"},
         "planType":{"value":"COMMUNICATION_PLAN"},"planLanguage":{"value":"hu"}}}"""
        .formatted(kind, code, title);
  }

  @Test
  void everyApiAnswers401WithoutCredentials() {
    for (String path :
        List.of(
            "/api/plans",
            "/api/versions/1",
            "/engine-rest/task",
            "/engine-rest/process-definition")) {
      assertThat(web.getWithBasic(path, "nobody", "wrong").statusCode()).as(path).isEqualTo(401);
      assertThat(web.get(path).statusCode()).as(path).isIn(401);
    }
    assertThat(web.postJson(START, startForm("NEW_PLAN", "X", "Y"), null, null).statusCode())
        .isEqualTo(401);
    assertThat(web.get("/actuator/health").statusCode())
        .as("health stays open for load balancers")
        .isEqualTo(200);
  }

  @Test
  void aStartThatBreaksARuleGets400WithTheReasonAndCreatesNothing() {
    long instancesBefore = engine.getRuntimeService().createProcessInstanceQuery().count();
    var missingTitle =
        web.postJson(START, startForm("NEW_PLAN", "API-1", ""), "coordinator", "demo");
    assertThat(missingTitle.statusCode()).isEqualTo(400);
    assertThat(missingTitle.body()).contains("Title is required");

    var tooLong =
        web.postJson(START, startForm("NEW_PLAN", "C".repeat(41), "Terv"), "coordinator", "demo");
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.body()).contains("Plan code is too long: at most 40 characters");

    var unknown =
        web.postJson(START, startForm("NEW_VERSION", "NO-SUCH-PLAN", ""), "coordinator", "demo");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("There is no plan with code NO-SUCH-PLAN");

    assertThat(plans.plans())
        .extracting(p -> p.code())
        .doesNotContain("API-1", "C".repeat(41), "NO-SUCH-PLAN");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count())
        .isEqualTo(instancesBefore);
  }

  @Test
  void aDepartmentCannotStartAPlan() {
    var response = web.postJson(START, startForm("NEW_PLAN", "API-2", "Terv"), "anna", "demo");
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(plans.plans()).noneMatch(p -> p.code().equals("API-2"));
  }

  @Test
  void claimingATaskSomeoneElseJustClaimedGets409AndChangesNothing() {
    if (engine.getIdentityService().createUserQuery().userId("coordinator2").count() == 0) {
      var second = engine.getIdentityService().newUser("coordinator2");
      second.setPassword("demo");
      engine.getIdentityService().saveUser(second);
      engine.getIdentityService().createMembership("coordinator2", "coordinator");
    }
    ProcessInstance pi =
        driver.startNewPlan("coordinator", "API-409", "Terv", "COMMUNICATION_PLAN", "hu");
    var task = driver.task(pi, PlanVersionProcess.DRAFT_VERSION);
    assertThat(
            web.postJson(
                    "/engine-rest/task/" + task.getId() + "/claim",
                    "{\"userId\":\"coordinator\"}",
                    "coordinator",
                    "demo")
                .statusCode())
        .isEqualTo(204);

    var late =
        web.postJson(
            "/engine-rest/task/" + task.getId() + "/claim",
            "{\"userId\":\"coordinator2\"}",
            "coordinator2",
            "demo");

    assertThat(late.statusCode()).isEqualTo(409);
    assertThat(late.body()).contains("TaskAlreadyClaimedException").contains("already claimed");
    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .taskId(task.getId())
                .singleResult()
                .getAssignee())
        .isEqualTo("coordinator");
    assertThat(
            web.postJson(
                    "/engine-rest/task/no-such-task/claim",
                    "{\"userId\":\"coordinator2\"}",
                    "coordinator2",
                    "demo")
                .statusCode())
        .as("a task completed meanwhile")
        .isEqualTo(404);
  }

  @Test
  void aTaskCompletionThatBreaksARuleGets400() {
    ProcessInstance pi =
        driver.startNewPlan("coordinator", "API-3", "Terv", "COMMUNICATION_PLAN", "hu");
    var task = driver.task(pi, PlanVersionProcess.DRAFT_VERSION);
    web.postJson(
        "/engine-rest/task/" + task.getId() + "/claim",
        "{\"userId\":\"coordinator\"}",
        "coordinator",
        "demo");
    var response =
        web.postJson(
            "/engine-rest/task/" + task.getId() + "/submit-form",
            "{\"variables\":{\"departments\":{\"value\":\"[]\",\"type\":\"Json\"},\"inputDeadline\":{\"value\":\"2026-09-01\"}}}",
            "coordinator",
            "demo");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("The input deadline must lie after today (October 1, 2026)");
    assertThat(driver.tasks(pi, PlanVersionProcess.DRAFT_VERSION)).hasSize(1);
  }

  @Test
  void plansVersionsAndModificationListAreReadableAndWithdrawalIsTheCoordinators() {
    ProcessInstance pi =
        driver.startNewPlan(
            "coordinator",
            SeedPlans.KULSO_KOMM,
            SeedPlans.KULSO_KOMM_TITLE,
            "COMMUNICATION_PLAN",
            "hu");
    long id = driver.versionId(pi);
    driver.writeContent(pi, SeedPlans.kulsoKommunikacio());

    var list = web.getWithBasic("/api/plans", "auditor", "demo");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body())
        .contains("\"code\":\"KÜLSŐ KOMM\"")
        .contains("\"openVersionStatus\":\"DRAFT\"");

    var plan = web.getWithBasic("/api/plans/KÜLSŐ%20KOMM", "anna", "demo");
    assertThat(plan.statusCode()).isEqualTo(200);
    assertThat(plan.body()).contains("\"modificationList\":[]").contains("\"status\":\"DRAFT\"");

    var version = web.getWithBasic("/api/versions/" + id, "director", "demo");
    assertThat(version.body()).contains("Regisztrált használók");
    assertThat(
            web.getWithBasic("/api/plans/KÜLSŐ%20KOMM/in-force", "director", "demo").statusCode())
        .isEqualTo(404);
    assertThat(web.getWithBasic("/api/versions/999999", "director", "demo").statusCode())
        .isEqualTo(404);

    String reason = "{\"reason\":\"A stratégia megváltozott.\"}";
    assertThat(
            web.postJson("/api/versions/" + id + "/withdraw", reason, "anna", "demo").statusCode())
        .isEqualTo(403);
    assertThat(
            web.postJson("/api/versions/" + id + "/withdraw", reason, "auditor", "demo")
                .statusCode())
        .isEqualTo(403);
    var noReason =
        web.postJson(
            "/api/versions/" + id + "/withdraw", "{\"reason\":\"\"}", "coordinator", "demo");
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("A reason for the withdrawal is required");
    assertThat(plans.version(id).status()).isEqualTo(VersionStatus.DRAFT);

    assertThat(
            web.postJson("/api/versions/" + id + "/withdraw", reason, "coordinator", "demo")
                .statusCode())
        .isEqualTo(204);
    assertThat(plans.version(id).status()).isEqualTo(VersionStatus.WITHDRAWN);
    assertThat(plans.version(id).withdrawalReason()).isEqualTo("A stratégia megváltozott.");
    var again = web.postJson("/api/versions/" + id + "/withdraw", reason, "coordinator", "demo");
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(again.body())
        .contains("A version with the status Withdrawn cannot become Withdrawn");
  }
}
