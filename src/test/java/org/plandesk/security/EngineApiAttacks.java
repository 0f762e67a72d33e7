package org.plandesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plandesk.SeedPlans;
import org.plandesk.grant.GrantDriver;
import org.plandesk.grant.process.GrantRequestProcess;
import org.plandesk.plan.DepartmentInput;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.process.LifecycleDriver;
import org.plandesk.plan.process.PlanVersionProcess;
import org.plandesk.web.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The attacks a member of staff could make on the record through Camunda's engine API, each
 * replayed over real HTTP: each must be refused, and nothing may change. Two plans are in their
 * input round: anna (lending) is asked for input on the first, olena (children) on the second.
 */
abstract class EngineApiAttacks {

  static final String REFUSED_TO_STAFF = "Only the administrator may do this in PlanDesk.";
  private static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
  private static final List<String> STAFF = List.of("coordinator", "director", "auditor", "anna");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired PlanService plans;

  EngineApiClient api;
  LifecycleDriver driver;
  ProcessInstance annasPlan;
  ProcessInstance otherPlan;
  Task annasTask;

  abstract String adminPassword();

  @BeforeEach
  void twoPlansInTheirInputRound() {
    ensureStaff();
    api = new EngineApiClient(port, adminPassword());
    driver = new LifecycleDriver(engine, plans);
    driver.reachDay(TODAY);
    annasPlan = planAsking("lending");
    otherPlan = planAsking("children");
    annasTask = driver.departmentTask(annasPlan, "lending");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private ProcessInstance planAsking(String department) {
    String code = "SEC-" + department + "-" + System.nanoTime() % 1_000_000;
    ProcessInstance pi =
        driver.startNewPlan(
            "coordinator", code, SeedPlans.KULSO_KOMM_TITLE, "COMMUNICATION_PLAN", "hu");
    driver.writeContent(pi, SeedPlans.kulsoKommunikacio());
    driver.draft(pi, List.of(department), TODAY.plusDays(10));
    return pi;
  }

  /** The embedded default has the demo users; a fresh PostgreSQL database gets them here. */
  private void ensureStaff() {
    var identity = engine.getIdentityService();
    Map<String, String> staff =
        Map.of(
            "coordinator",
            "coordinator",
            "director",
            "director",
            "auditor",
            "auditor",
            "anna",
            "lending",
            "olena",
            "children",
            "peter",
            "events");
    staff.forEach(
        (id, group) -> {
          if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName(id);
            user.setLastName("Test");
            user.setPassword("demo");
            identity.saveUser(user);
            identity.createMembership(id, group);
          }
        });
  }

  // --- 1. Rewriting process-wide variables through one's own task -------------------------------

  @Test
  void aDepartmentCannotRewriteTheProcessThroughItsTaskVariables() {
    Map<String, String> before = variables(annasPlan);
    String task = "/engine-rest/task/" + annasTask.getId();

    List<HttpResponse<String>> attempts =
        List.of(
            api.call(
                "anna",
                "PUT",
                task + "/variables/editorUrl",
                "{\"value\":\"https://evil.example/login\",\"type\":\"String\"}"),
            api.call(
                "anna",
                "POST",
                task + "/variables",
                "{\"modifications\":{\"planTitle\":{\"value\":\"Forged\"},"
                    + "\"decision\":{\"value\":\"APPROVE\"},\"directorComment\":{\"value\":\"Fine by me\"}}}"),
            api.call(
                "anna",
                "PUT",
                task + "/localVariables/inputComments",
                "{\"value\":\"x\",\"type\":\"String\"}"),
            api.call("anna", "DELETE", task + "/variables/versionId", null),
            api.call("anna", "PUT", task, "{\"name\":\"Forged\",\"due\":null}"));

    assertThat(attempts).allSatisfy(r -> refusedToStaff(r));
    assertThat(variables(annasPlan)).isEqualTo(before);
    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .taskId(annasTask.getId())
                .singleResult()
                .getDueDate())
        .isEqualTo(annasTask.getDueDate());
  }

  @Test
  void processInstanceVariablesAreOutOfStaffsReach() {
    Map<String, String> before = variables(annasPlan);
    String instance = "/engine-rest/process-instance/" + annasPlan.getId();
    for (String user : STAFF) {
      refusedToStaff(
          api.call(
              user,
              "PUT",
              instance + "/variables/editorUrl",
              "{\"value\":\"https://evil.example\"}"));
      refusedToStaff(
          api.call(
              user,
              "POST",
              instance + "/variables",
              "{\"modifications\":{\"decision\":{\"value\":\"REJECT\"}}}"));
      refusedToStaff(
          api.call(
              user,
              "PUT",
              "/engine-rest/execution/" + annasTask.getExecutionId() + "/localVariables/department",
              "{\"value\":\"children\"}"));
    }
    assertThat(variables(annasPlan)).isEqualTo(before);
  }

  // --- 2. Input on another plan, or as another department ----------------------------------------

  @Test
  void aTaskTakesOnlyTheFieldsItsFormDeclares() {
    long otherVersion = driver.versionId(otherPlan);
    Map<String, String> before = variables(annasPlan);
    claim("anna", annasTask);

    var forged =
        api.call(
            "anna",
            "POST",
            "/engine-rest/task/" + annasTask.getId() + "/submit-form",
            "{\"variables\":{\"inputComments\":{\"value\":\"Looks good\"},\"versionId\":{\"value\":"
                + otherVersion
                + ",\"type\":\"Long\"},\"department\":{\"value\":\"children\"}}}");

    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(forged.body()).contains("versionId").contains("is not a field of this task's form");
    assertThat(inputs(otherPlan)).isEmpty();
    assertThat(inputs(annasPlan)).isEmpty();
    assertThat(variables(annasPlan)).isEqualTo(before);
    assertThat(driver.tasks(annasPlan, PlanVersionProcess.GIVE_DEPARTMENT_INPUT)).hasSize(1);

    // Her real input still goes through, as lending's, on her plan; the other plan's department is
    // not blocked.
    submitted(
        api.call(
            "anna",
            "POST",
            "/engine-rest/task/" + annasTask.getId() + "/submit-form",
            "{\"variables\":{\"inputComments\":{\"value\":\"Looks good\"},\"priorityVotes\":{\"value\":\"[]\",\"type\":\"Json\"}}}"));
    Task olenasTask = driver.departmentTask(otherPlan, "children");
    claim("olena", olenasTask);
    submitted(
        api.call(
            "olena",
            "POST",
            "/engine-rest/task/" + olenasTask.getId() + "/complete",
            "{\"variables\":{\"inputComments\":{\"value\":\"Rendben\"}}}"));
    assertThat(inputs(annasPlan))
        .extracting(DepartmentInput::department)
        .containsExactly("lending");
    assertThat(inputs(otherPlan))
        .extracting(DepartmentInput::department)
        .containsExactly("children");
  }

  @Test
  void aTaskIsClaimedForOneselfOnly() {
    var forged =
        api.call(
            "anna",
            "POST",
            "/engine-rest/task/" + annasTask.getId() + "/claim",
            "{\"userId\":\"olena\"}");

    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).contains("claimed for oneself only");
    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .taskId(annasTask.getId())
                .singleResult()
                .getAssignee())
        .isNull();
  }

  @Test
  void auditorsWorkNoTask() {
    for (String action : List.of("/claim", "/submit-form", "/complete", "/comment/create")) {
      var refused =
          api.call(
              "auditor",
              "POST",
              "/engine-rest/task/" + annasTask.getId() + action,
              "{\"userId\":\"auditor\",\"message\":\"x\",\"variables\":{}}");
      assertThat(refused.statusCode()).as(action).isEqualTo(403);
    }
    assertThat(engine.getTaskService().getTaskComments(annasTask.getId())).isEmpty();
    assertThat(driver.tasks(annasPlan, PlanVersionProcess.GIVE_DEPARTMENT_INPUT)).hasSize(1);
  }

  @Test
  void aStartFormTakesOnlyItsFieldsAndNoBusinessKey() {
    long before = engine.getRuntimeService().createProcessInstanceQuery().count();
    String form =
        "{\"variables\":{\"requestKind\":{\"value\":\"NEW_PLAN\"},\"planCode\":{\"value\":\"SEC-START\"},"
            + "\"planTitle\":{\"value\":\"Terv\"},\"planType\":{\"value\":\"COMMUNICATION_PLAN\"},\"planLanguage\":{\"value\":\"hu\"}%s}%s}";

    var extra =
        api.call(
            "coordinator",
            "POST",
            "/engine-rest/process-definition/key/plan-version/submit-form",
            form.formatted(",\"initiator\":{\"value\":\"director\"}", ""));
    var businessKey =
        api.call(
            "coordinator",
            "POST",
            "/engine-rest/process-definition/key/plan-version/submit-form",
            form.formatted("", ",\"businessKey\":\"KÜLSŐ KOMM #1\""));
    var start =
        api.call(
            "coordinator",
            "POST",
            "/engine-rest/process-definition/key/plan-version/start",
            form.formatted("", ",\"skipCustomListeners\":true"));

    assertThat(extra.statusCode()).isEqualTo(400);
    assertThat(extra.body()).contains("initiator").contains("not a field of this start form");
    assertThat(businessKey.statusCode()).isEqualTo(400);
    refusedToStaff(start);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void grantRequestTasksTakeOnlyTheirFormsFields() {
    var grants = new GrantDriver(engine, driver);
    ProcessInstance grant =
        grants.prepare("anna", GrantDriver.requestForm("Community hub", TODAY.plusDays(60)));
    Task approval = driver.task(grant, GrantRequestProcess.APPROVE_REQUEST);
    Map<String, String> before = variables(grant);
    claim("director", approval);

    var forged =
        api.call(
            "director",
            "POST",
            "/engine-rest/task/" + approval.getId() + "/submit-form",
            "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"},\"amountRequested\":{\"value\":999999.0,\"type\":\"Double\"}}}");

    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(forged.body()).contains("amountRequested");
    assertThat(variables(grant)).isEqualTo(before);
    assertThat(driver.tasks(grant, GrantRequestProcess.APPROVE_REQUEST)).hasSize(1);
  }

  // --- 3. Burning a timer's retries --------------------------------------------------------------

  @Test
  void staffCannotRunOrRetryJobsAndARefusalCostsNoRetry() {
    Job timer =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(annasPlan.getId())
            .list()
            .get(0);
    for (String user : STAFF) {
      for (int i = 0; i < 3; i++) {
        refusedToStaff(
            api.call(user, "POST", "/engine-rest/job/" + timer.getId() + "/execute", null));
      }
      refusedToStaff(
          api.call(
              user, "PUT", "/engine-rest/job/" + timer.getId() + "/retries", "{\"retries\":0}"));
      refusedToStaff(
          api.call(
              user,
              "PUT",
              "/engine-rest/job/" + timer.getId() + "/duedate",
              "{\"duedate\":\"2020-01-01T00:00:00.000+0000\"}"));
      refusedToStaff(
          api.call(
              user,
              "PUT",
              "/engine-rest/job/" + timer.getId() + "/suspended",
              "{\"suspended\":true}"));
    }
    Job after = engine.getManagementService().createJobQuery().jobId(timer.getId()).singleResult();
    assertThat(after.getRetries()).isEqualTo(timer.getRetries());
    assertThat(after.getDuedate()).isEqualTo(timer.getDuedate());
    assertThat(after.isSuspended()).isFalse();
    assertThat(after.getExceptionMessage()).isNull();
    assertThat(
            engine
                .getRuntimeService()
                .createIncidentQuery()
                .processInstanceId(annasPlan.getId())
                .count())
        .isZero();
  }

  // --- 4. Objects of any class -------------------------------------------------------------------

  @Test
  void objectAndJavaSerializedVariablesAreRefused() {
    claim("anna", annasTask);
    String task = "/engine-rest/task/" + annasTask.getId() + "/submit-form";
    var file =
        api.call(
            "anna",
            "POST",
            task,
            "{\"variables\":{\"inputComments\":{\"type\":\"Object\",\"value\":\"\\\".\\\"\","
                + "\"valueInfo\":{\"objectTypeName\":\"java.io.File\",\"serializationDataFormat\":\"application/json\"}}}}");
    var serialized =
        api.call(
            "anna",
            "POST",
            task,
            "{\"variables\":{\"inputComments\":{\"type\":\"Object\",\"value\":\"rO0ABXQAAXg=\","
                + "\"valueInfo\":{\"objectTypeName\":\"java.lang.String\",\"serializationDataFormat\":\"application/x-java-serialized-object\"}}}}");

    for (var refused : List.of(file, serialized)) {
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.body()).contains("inputComments").contains("has the type Object");
    }
    assertThat(inputs(annasPlan)).isEmpty();
    assertThat(engine.getRuntimeService().getVariable(annasPlan.getId(), "inputComments")).isNull();
  }

  @Test
  void theEngineReadsJsonObjectsOnlyIntoAllowedClasses() {
    String variable = "/engine-rest/process-instance/" + annasPlan.getId() + "/variables/planted";
    var planted =
        api.call(
            "admin",
            "PUT",
            variable,
            "{\"type\":\"Object\",\"value\":\"\\\".\\\"\","
                + "\"valueInfo\":{\"objectTypeName\":\"java.io.File\",\"serializationDataFormat\":\"application/json\"}}");
    var read = api.call("admin", "GET", variable, null);

    assertThat(planted.statusCode()).isIn(204, 400);
    assertThat(read.statusCode()).isNotEqualTo(200);
    assertThat(read.body()).doesNotContain(System.getProperty("user.dir"));
  }

  // --- 5. Deleting or renaming one's own account -------------------------------------------------

  @Test
  void nobodyDeletesOrRenamesThemselves() {
    refusedToStaff(api.call("director", "DELETE", "/engine-rest/user/director", null));
    refusedToStaff(
        api.call(
            "anna",
            "PUT",
            "/engine-rest/user/anna/profile",
            "{\"id\":\"anna\",\"firstName\":\"Mikolasek\",\"lastName\":\"Zsófia\",\"email\":\"anna@library.example\"}"));
    refusedToStaff(
        api.call(
            "anna",
            "PUT",
            "/engine-rest/user/anna/credentials",
            "{\"password\":\"new-pass-1\",\"authenticatedUserPassword\":\"demo\"}"));
    refusedToStaff(api.call("anna", "DELETE", "/engine-rest/group/lending/members/anna", null));
    refusedToStaff(api.call("anna", "PUT", "/engine-rest/group/director/members/anna", null));

    assertThat(engine.getIdentityService().createUserQuery().userId("director").count())
        .isEqualTo(1);
    assertThat(
            engine
                .getIdentityService()
                .createUserQuery()
                .userId("anna")
                .singleResult()
                .getFirstName())
        .isNotEqualTo("Mikolasek");
    assertThat(engine.getIdentityService().checkPassword("anna", "demo")).isTrue();
    assertThat(engine.getIdentityService().createGroupQuery().groupMember("anna").list())
        .extracting(g -> g.getId())
        .containsExactly("lending");
    // Held by the engine too, not only at the door: one's own account is read-only.
    var authz = engine.getAuthorizationService();
    for (String user : List.of("anna", "director")) {
      List<String> groups =
          engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
              .map(g -> g.getId())
              .toList();
      assertThat(authz.isUserAuthorized(user, groups, Permissions.DELETE, Resources.USER, user))
          .as(user)
          .isFalse();
      assertThat(authz.isUserAuthorized(user, groups, Permissions.UPDATE, Resources.USER, user))
          .as(user)
          .isFalse();
    }
  }

  // --- The careful attacker's next tries ---------------------------------------------------------

  @Test
  void modificationMessagesSignalsAndDeletionAreTheAdministrators() {
    String instance = "/engine-rest/process-instance/" + annasPlan.getId();
    for (String user : STAFF) {
      refusedToStaff(
          api.call(
              user,
              "POST",
              instance + "/modification",
              "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_ApproveVersion\"}]}"));
      refusedToStaff(
          api.call(
              user,
              "POST",
              "/engine-rest/message",
              "{\"messageName\":\"VersionWithdrawn\",\"processInstanceId\":\""
                  + annasPlan.getId()
                  + "\"}"));
      refusedToStaff(api.call(user, "POST", "/engine-rest/signal", "{\"name\":\"anything\"}"));
      refusedToStaff(api.call(user, "DELETE", instance, null));
      refusedToStaff(api.call(user, "PUT", instance + "/suspended", "{\"suspended\":true}"));
      refusedToStaff(
          api.call(
              user,
              "POST",
              "/engine-rest/process-instance/delete",
              "{\"processInstanceIds\":[\"" + annasPlan.getId() + "\"]}"));
      refusedToStaff(api.call(user, "POST", "/engine-rest/migration/execute", "{}"));
      refusedToStaff(
          api.call(
              user,
              "POST",
              "/engine-rest/execution/" + annasTask.getExecutionId() + "/create-incident",
              "{\"incidentType\":\"x\"}"));
      refusedToStaff(
          api.call(
              user,
              "POST",
              "/engine-rest/history/process-instance/delete",
              "{\"historicProcessInstanceIds\":[\"x\"]}"));
      refusedToStaff(api.call(user, "POST", "/engine-rest/deployment/create", "{}"));
      refusedToStaff(
          api.call(
              user,
              "POST",
              "/engine-rest/authorization/create",
              "{\"type\":1,\"permissions\":[\"ALL\"],\"userId\":\""
                  + user
                  + "\",\"resourceType\":0,\"resourceId\":\"*\"}"));
    }
    assertThat(driver.tasks(annasPlan, PlanVersionProcess.APPROVE_VERSION)).isEmpty();
    var still =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(annasPlan.getId())
            .singleResult();
    assertThat(still).isNotNull();
    assertThat(still.isSuspended()).isFalse();
    assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
    assertThat(
            engine
                .getAuthorizationService()
                .createAuthorizationQuery()
                .userIdIn("anna")
                .resourceType(Resources.APPLICATION)
                .count())
        .isZero();
  }

  @Test
  void theTasklistsOwnEngineApiHoldsTheSameRules() {
    Map<String, String> before = variables(annasPlan);
    var tasklist = new WebClient(port).signIn("anna", "demo");
    tasklist.get("/camunda/app/tasklist/");
    String task = "/camunda/api/engine/engine/default/task/" + annasTask.getId();

    var rewrite =
        tasklist.postJsonAsWebapp(
            task + "/variables",
            "{\"modifications\":{\"editorUrl\":{\"value\":\"https://evil.example\"}}}");
    var claimForOther = tasklist.postJsonAsWebapp(task + "/claim", "{\"userId\":\"olena\"}");
    var claim = tasklist.postJsonAsWebapp(task + "/claim", "{\"userId\":\"anna\"}");
    var extra =
        tasklist.postJsonAsWebapp(
            task + "/submit-form",
            "{\"variables\":{\"editorUrl\":{\"value\":\"https://evil.example\"}}}");
    var job =
        tasklist.postJsonAsWebapp(
            "/camunda/api/engine/engine/default/job/"
                + engine
                    .getManagementService()
                    .createJobQuery()
                    .processInstanceId(annasPlan.getId())
                    .list()
                    .get(0)
                    .getId()
                + "/execute",
            "");

    refusedToStaff(rewrite);
    assertThat(claimForOther.statusCode()).isEqualTo(403);
    assertThat(claim.statusCode()).isEqualTo(204);
    assertThat(extra.statusCode()).isEqualTo(400);
    assertThat(extra.body()).contains("editorUrl");
    refusedToStaff(job);
    assertThat(variables(annasPlan)).isEqualTo(before);
  }

  @Test
  void theAdministratorStillManagesTheEngine() {
    Job timer =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(annasPlan.getId())
            .list()
            .get(0);
    var retries =
        api.call(
            "admin", "PUT", "/engine-rest/job/" + timer.getId() + "/retries", "{\"retries\":5}");

    assertThat(retries.statusCode()).isEqualTo(204);
    assertThat(
            engine
                .getManagementService()
                .createJobQuery()
                .jobId(timer.getId())
                .singleResult()
                .getRetries())
        .isEqualTo(5);
  }

  // --- helpers -----------------------------------------------------------------------------------

  private void claim(String user, Task task) {
    assertThat(
            api.call(
                    user,
                    "POST",
                    "/engine-rest/task/" + task.getId() + "/claim",
                    "{\"userId\":\"" + user + "\"}")
                .statusCode())
        .as(user + " claims")
        .isEqualTo(204);
  }

  private static void submitted(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isIn(200, 204);
  }

  static void refusedToStaff(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(403);
    assertThat(response.body()).contains(REFUSED_TO_STAFF);
  }

  private Map<String, String> variables(ProcessInstance pi) {
    Map<String, String> all = new TreeMap<>();
    engine
        .getRuntimeService()
        .createVariableInstanceQuery()
        .processInstanceIdIn(pi.getId())
        .list()
        .forEach(
            v ->
                all.put(
                    v.getName() + "@" + v.getExecutionId() + "/" + v.getTaskId(),
                    String.valueOf(v.getValue())));
    return all;
  }

  private List<DepartmentInput> inputs(ProcessInstance pi) {
    return plans.inputs(driver.versionId(pi));
  }
}
