package org.plandesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plandesk.security.Bodies.message;
import static org.plandesk.security.Bodies.showsNothingOfTheInside;
import static org.plandesk.security.Bodies.type;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plandesk.PlanDeskWebTest;
import org.plandesk.SeedPlans;
import org.plandesk.identity.Person;
import org.plandesk.plan.DepartmentInput;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.process.LifecycleDriver;
import org.plandesk.plan.process.PlanVersionProcess;
import org.plandesk.web.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every error is a clear 4xx or a plain 500 with a reference, on PlanDesk's pages, {@code /api},
 * {@code /engine-rest} and the Tasklist's engine API: never SQL, table, index or class names or a
 * stack trace. Each case also checks that nothing was changed.
 */
@PlanDeskWebTest
@ExtendWith(OutputCaptureExtension.class)
class ErrorBodiesHttpTest {

  private static final Pattern SERVER_ERROR =
      Pattern.compile("Something went wrong\\. Reference: ([0-9a-f]{12})");
  private static final String START =
      "/engine-rest/process-definition/key/plan-version/submit-form";
  private static final String INPUT =
      """
      {"variables":{"inputComments":{"value":"Recorded second"},"proposedActions":{"value":""},
       "priorityVotes":{"value":"[]","type":"Json"}}}""";

  /** An empty java.util.ArrayList, Java-serialized. */
  private static final String JAVA_SERIALIZED =
      """
      {"type":"Object","value":"rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0eIHSHZnHYZ0DAAFJAARzaXpleHAAAAAAdwQAAAAAeA==",
       "valueInfo":{"serializationDataFormat":"application/x-java-serialized-object","objectTypeName":"java.util.ArrayList"}}""";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired PlanService plans;
  @Autowired JdbcClient jdbc;
  WebClient web;
  LifecycleDriver driver;
  String tasks;

  @BeforeEach
  void setUp() {
    web = new WebClient(port);
    driver = new LifecycleDriver(engine, plans);
    driver.reachDay(LocalDate.of(2026, 10, 1));
    tasks = "/camunda/api/engine/engine/" + engine.getName() + "/task";
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** A draft with the lending department's input task open. */
  private ProcessInstance inConsultation(String code) {
    ProcessInstance pi =
        driver.startNewPlan(
            "coordinator", code, SeedPlans.KULSO_KOMM_TITLE, "COMMUNICATION_PLAN", "hu");
    driver.writeContent(pi, SeedPlans.kulsoKommunikacio());
    driver.draft(pi, List.of("lending"), LocalDate.of(2026, 10, 8));
    return pi;
  }

  private HttpResponse<String> submitAsAnna(Task task, String form) {
    web.postJson(
        "/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"anna\"}", "anna", "demo");
    return web.postJson("/engine-rest/task/" + task.getId() + "/submit-form", form, "anna", "demo");
  }

  private WebClient annaInTheTasklist() {
    WebClient tasklist = new WebClient(port).signIn("anna", "demo");
    tasklist.get("/camunda/app/tasklist/" + engine.getName() + "/");
    tasklist.getJson(tasks);
    return tasklist;
  }

  private static String reference(HttpResponse<String> response) {
    Matcher m = SERVER_ERROR.matcher(response.body());
    assertThat(m.find()).as("a reference in %s", response.body()).isTrue();
    return m.group(1);
  }

  private String corruptContent(long versionId) {
    String content =
        jdbc.sql("SELECT content FROM plan_version WHERE id = ?")
            .param(versionId)
            .query(String.class)
            .single();
    jdbc.sql("UPDATE plan_version SET content = ? WHERE id = ?")
        .params("{\"startingPoint\": [", versionId)
        .update();
    return content;
  }

  private void restoreContent(long versionId, String content) {
    jdbc.sql("UPDATE plan_version SET content = ? WHERE id = ?")
        .params(content, versionId)
        .update();
  }

  @Test
  void aDepartmentsInputRecordedFirstElsewhereIs409AndStaysRecordedOnce() {
    ProcessInstance pi = inConsultation("ERR-DUP-1");
    long versionId = driver.versionId(pi);
    Task task = driver.departmentTask(pi, "lending");
    // Someone else's submission of the same department's input commits first (a unique-key race).
    plans.recordInput(
        versionId,
        "lending",
        "Recorded first",
        "",
        List.of(),
        new Person("anna", "Anna Lindqvist"));

    var response = submitAsAnna(task, INPUT);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
    assertThat(type(response)).isEqualTo("ConflictException");
    assertThat(message(response))
        .isEqualTo(
            "The input of department Lending and reader services on this version is already recorded, so nothing was saved: reload to see it");
    showsNothingOfTheInside(response);
    assertThat(plans.inputs(versionId))
        .extracting(DepartmentInput::comments)
        .containsExactly("Recorded first");
    assertThat(driver.tasks(pi, PlanVersionProcess.GIVE_DEPARTMENT_INPUT))
        .extracting(Task::getId)
        .containsExactly(task.getId());
  }

  @Test
  void theSameRaceInTheTasklistIs409WithTheMessage() {
    ProcessInstance pi = inConsultation("ERR-DUP-2");
    long versionId = driver.versionId(pi);
    Task task = driver.departmentTask(pi, "lending");
    plans.recordInput(
        versionId,
        "lending",
        "Recorded first",
        "",
        List.of(),
        new Person("anna", "Anna Lindqvist"));
    WebClient tasklist = annaInTheTasklist();
    tasklist.postJsonAsWebapp(tasks + "/" + task.getId() + "/claim", "{\"userId\":\"anna\"}");

    var response = tasklist.postJsonAsWebapp(tasks + "/" + task.getId() + "/submit-form", INPUT);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
    assertThat(message(response))
        .startsWith(
            "The input of department Lending and reader services on this version is already recorded");
    showsNothingOfTheInside(response);
    assertThat(plans.inputs(versionId)).hasSize(1);
    assertThat(driver.tasks(pi, PlanVersionProcess.GIVE_DEPARTMENT_INPUT)).hasSize(1);
  }

  @Test
  void aUserIdThatExistsIs409AndTheUserStaysAsItWas() {
    var response =
        web.postJson(
            "/engine-rest/user/create",
            """
        {"profile":{"id":"anna","firstName":"Forged","lastName":"Name","email":"forged@example.org"},
         "credentials":{"password":"forged-1"}}""",
            "admin",
            "admin");

    // The identity table's unique key refused it; Camunda's words, as a conflict.
    assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
    assertThat(message(response)).isEqualTo("The user already exists");
    showsNothingOfTheInside(response);
    var anna = engine.getIdentityService().createUserQuery().userId("anna").singleResult();
    assertThat(anna.getFirstName()).isEqualTo("Anna");
    assertThat(engine.getIdentityService().checkPassword("anna", "demo")).isTrue();
  }

  @Test
  void aGroupIdThatExistsIs409AndTheGroupStaysAsItWas() {
    var response =
        web.postJson(
            "/engine-rest/group/create",
            "{\"id\":\"lending\",\"name\":\"Forged\",\"type\":\"WORKFLOW\"}",
            "admin",
            "admin");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
    assertThat(message(response)).isEqualTo("The group already exists");
    showsNothingOfTheInside(response);
    assertThat(
            engine
                .getIdentityService()
                .createGroupQuery()
                .groupId("lending")
                .singleResult()
                .getName())
        .isEqualTo("Lending and reader services");
  }

  @Test
  void aUserIdWithSpacesOrSlashesIs400AndNoUserIsCreated() {
    var response =
        web.postJson(
            "/engine-rest/user/create",
            """
        {"profile":{"id":"a b/c","firstName":"A","lastName":"B","email":"ab@example.org"},"credentials":{"password":"pw-12345"}}""",
            "admin",
            "admin");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(message(response))
        .isEqualTo("Not a valid user id: use only the letters A-Z and a-z and the digits 0-9");
    showsNothingOfTheInside(response);
    assertThat(engine.getIdentityService().createUserQuery().userId("a b/c").count()).isZero();
  }

  @Test
  void aUserIdTooLongToStoreIs400AndNoUserIsCreated() {
    String id = "u".repeat(65);
    var response =
        web.postJson(
            "/engine-rest/user/create",
            """
        {"profile":{"id":"%s","firstName":"A","lastName":"B","email":"ab@example.org"},"credentials":{"password":"pw-12345"}}"""
                .formatted(id),
            "admin",
            "admin");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(message(response))
        .startsWith("A value is too long to be stored, so nothing was saved")
        .contains("at most 64 characters");
    showsNothingOfTheInside(response);
    assertThat(engine.getIdentityService().createUserQuery().userId(id).count()).isZero();
  }

  @Test
  void aGroupIdWithSpacesOrSlashesIs400AndNoGroupIsCreated() {
    var response =
        web.postJson(
            "/engine-rest/group/create",
            "{\"id\":\"a b/c\",\"name\":\"X\",\"type\":\"WORKFLOW\"}",
            "admin",
            "admin");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(message(response))
        .isEqualTo("Not a valid group id: use only the letters A-Z and a-z and the digits 0-9");
    showsNothingOfTheInside(response);
    assertThat(engine.getIdentityService().createGroupQuery().groupId("a b/c").count()).isZero();
  }

  @Test
  void aGroupIdTooLongToStoreIs400AndNoGroupIsCreated() {
    String id = "g".repeat(65);
    var response =
        web.postJson(
            "/engine-rest/group/create",
            "{\"id\":\"" + id + "\",\"name\":\"X\",\"type\":\"WORKFLOW\"}",
            "admin",
            "admin");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(message(response)).startsWith("A value is too long to be stored");
    showsNothingOfTheInside(response);
    assertThat(engine.getIdentityService().createGroupQuery().groupId(id).count()).isZero();
  }

  @Test
  void aJavaSerializedVariableInAStartIs400AndStartsNothing() {
    long instancesBefore = engine.getRuntimeService().createProcessInstanceQuery().count();
    var response =
        web.postJson(
            START,
            """
        {"variables":{"requestKind":{"value":"NEW_PLAN"},"planCode":{"value":"ERR-SER-1"},"planTitle":%s,
         "planType":{"value":"COMMUNICATION_PLAN"},"planLanguage":{"value":"hu"}}}"""
                .formatted(JAVA_SERIALIZED),
            "coordinator",
            "demo");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(message(response)).contains("not accepted");
    showsNothingOfTheInside(response);
    assertThat(plans.plans()).noneMatch(p -> p.code().equals("ERR-SER-1"));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count())
        .isEqualTo(instancesBefore);
  }

  @Test
  void aJavaSerializedVariableInATaskCompletionIs400AndLeavesTheTaskOpen() {
    ProcessInstance pi = inConsultation("ERR-SER-2");
    Task task = driver.departmentTask(pi, "lending");

    var response =
        submitAsAnna(
            task,
            """
        {"variables":{"inputComments":%s,"proposedActions":{"value":""},"priorityVotes":{"value":"[]","type":"Json"}}}"""
                .formatted(JAVA_SERIALIZED));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(message(response)).contains("not accepted");
    showsNothingOfTheInside(response);
    assertThat(plans.inputs(driver.versionId(pi))).isEmpty();
    assertThat(driver.tasks(pi, PlanVersionProcess.GIVE_DEPARTMENT_INPUT)).hasSize(1);
  }

  @Test
  void aBodyThatIsNotJsonOrOfAnotherShapeIs400WithoutParserInternals() {
    var notJson = web.postJson(START, "{\"variables\": {", "coordinator", "demo");
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(message(notJson)).startsWith("The request body is not valid JSON");
    showsNothingOfTheInside(notJson);

    var misshapen = web.postJson(START, "{\"variables\": 5}", "coordinator", "demo");
    assertThat(misshapen.statusCode()).isEqualTo(400);
    assertThat(message(misshapen))
        .isEqualTo("The request body does not have the shape this request takes at 'variables'");
    showsNothingOfTheInside(misshapen);
  }

  @Test
  void anUnexpectedFailureOnEngineRestIs500WithAReferenceThatIsLoggedWithTheWholeException(
      CapturedOutput log) {
    ProcessInstance pi = inConsultation("ERR-500-1");
    long versionId = driver.versionId(pi);
    Task task = driver.departmentTask(pi, "lending");
    String content = corruptContent(versionId);
    try {
      var response = submitAsAnna(task, INPUT);

      assertThat(response.statusCode()).isEqualTo(500);
      assertThat(type(response)).isEqualTo("ServerError");
      String reference = reference(response);
      assertThat(message(response)).isEqualTo("Something went wrong. Reference: " + reference);
      showsNothingOfTheInside(response);
      assertThat(log.getOut())
          .contains("Unexpected failure, reference " + reference)
          .contains("Stored plan content is not readable JSON");
    } finally {
      restoreContent(versionId, content);
    }
    assertThat(plans.inputs(versionId)).isEmpty();
    assertThat(driver.tasks(pi, PlanVersionProcess.GIVE_DEPARTMENT_INPUT)).hasSize(1);
  }

  @Test
  void anUnexpectedFailureInTheTasklistIs500WithAReference() {
    ProcessInstance pi = inConsultation("ERR-500-2");
    long versionId = driver.versionId(pi);
    Task task = driver.departmentTask(pi, "lending");
    WebClient tasklist = annaInTheTasklist();
    tasklist.postJsonAsWebapp(tasks + "/" + task.getId() + "/claim", "{\"userId\":\"anna\"}");
    String content = corruptContent(versionId);
    try {
      var response = tasklist.postJsonAsWebapp(tasks + "/" + task.getId() + "/submit-form", INPUT);

      assertThat(response.statusCode()).isEqualTo(500);
      assertThat(type(response)).isEqualTo("ServerError");
      assertThat(message(response))
          .isEqualTo("Something went wrong. Reference: " + reference(response));
      showsNothingOfTheInside(response);
    } finally {
      restoreContent(versionId, content);
    }
    assertThat(plans.inputs(versionId)).isEmpty();
  }

  @Test
  void anUnexpectedFailureOnTheApiIs500WithAReference(CapturedOutput log) {
    long versionId = driver.versionId(inConsultation("ERR-500-3"));
    String content = corruptContent(versionId);
    try {
      var response = web.getWithBasic("/api/versions/" + versionId, "director", "demo");

      assertThat(response.statusCode()).isEqualTo(500);
      assertThat(type(response)).isEqualTo("ServerError");
      String reference = reference(response);
      assertThat(message(response)).isEqualTo("Something went wrong. Reference: " + reference);
      assertThat(Bodies.json(response).path("error").asText()).isEqualTo(message(response));
      showsNothingOfTheInside(response);
      assertThat(log.getOut())
          .contains(
              "Unexpected failure, reference " + reference + ", on GET /api/versions/" + versionId);
    } finally {
      restoreContent(versionId, content);
    }
  }

  @Test
  void anUnexpectedFailureOnAPageShowsSomethingWentWrongWithAReference() {
    long versionId = driver.versionId(inConsultation("ERR-500-4"));
    WebClient coordinator = new WebClient(port).signIn("coordinator", "demo");
    String content = corruptContent(versionId);
    try {
      var page = coordinator.get("/plans/versions/" + versionId);

      assertThat(page.statusCode()).isEqualTo(500);
      assertThat(page.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
      assertThat(page.body()).contains("<h1>Something went wrong</h1>");
      reference(page);
      showsNothingOfTheInside(page);
    } finally {
      restoreContent(versionId, content);
    }
  }

  @Test
  void anUnknownVersionsPageIs404WithTheReason() {
    WebClient coordinator = new WebClient(port).signIn("coordinator", "demo");

    var page = coordinator.get("/plans/versions/999999");

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("There is no plan version 999999");
    showsNothingOfTheInside(page);
  }

  @Test
  void aWrongValueInAnApiAddressIs400NamingTheValue() {
    var response = web.getWithBasic("/api/versions/abc", "director", "demo");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(message(response)).isEqualTo("'abc' is not a valid value for id");
    showsNothingOfTheInside(response);
  }

  @Test
  void claimingATaskThatIsGoneIs404SayingSoAndNothingOfTheEngine() {
    var gone =
        web.postJson(
            "/engine-rest/task/no-such-task/claim", "{\"userId\":\"anna\"}", "anna", "demo");

    assertThat(gone.statusCode()).isEqualTo(404);
    assertThat(message(gone))
        .isEqualTo("The task is no longer open: someone else completed it or it was closed");
    showsNothingOfTheInside(gone);
  }
}
