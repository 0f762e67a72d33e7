package org.plandesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskWebTest;
import org.plandesk.SeedPlans;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.process.LifecycleDriver;
import org.plandesk.plan.process.PlanVersionProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every role against every action, through the real HTTP endpoints: who may start a plan, work each
 * kind of task, read a plan and its history, download a document and use admin functions. Auditors
 * read everything and change nothing.
 */
@PlanDeskWebTest
class AuthorizationMatrixHttpTest {

  private static final String ANONYMOUS = "-";
  private static final List<String> ROLES =
      List.of("coordinator", "director", "auditor", "anna", "admin", ANONYMOUS);

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired PlanService plans;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private int call(String method, String path, String user, String json) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (!ANONYMOUS.equals(user)) {
      String password = user.equals("admin") ? "admin" : "demo";
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    return HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static boolean allowed(int status) {
    return status >= 200 && status < 300;
  }

  /**
   * Tries a task form as each role; the role that should work it goes last, since it completes it.
   * The administrator is Camunda's superuser in the engine and is left out of task attempts.
   */
  private Map<String, Boolean> taskMatrix(
      ProcessInstance pi,
      LifecycleDriver driver,
      String taskKey,
      String department,
      String form,
      String expectedWorker)
      throws Exception {
    Map<String, Boolean> result = new LinkedHashMap<>();
    List<String> order = new ArrayList<>(ROLES);
    order.remove("admin");
    order.remove(expectedWorker);
    order.add(expectedWorker);
    for (String role : order) {
      var task =
          department == null ? driver.task(pi, taskKey) : driver.departmentTask(pi, department);
      int status = call("POST", "/engine-rest/task/" + task.getId() + "/submit-form", role, form);
      result.put(role, allowed(status));
      if (!allowed(status)) {
        assertThat(status).as(role + " on " + taskKey).isIn(401, 403, 404);
      }
    }
    return result;
  }

  @Test
  void everyRoleCanDoExactlyWhatItShould() throws Exception {
    LifecycleDriver driver = new LifecycleDriver(engine, plans);
    LocalDate today = LocalDate.of(2026, 10, 1);
    driver.reachDay(today);
    String code = "MATRIX-" + System.nanoTime() % 100000;
    String start =
        """
        {"variables":{"requestKind":{"value":"NEW_PLAN"},"planCode":{"value":"%s"},"planTitle":{"value":"Terv"},
         "planType":{"value":"COMMUNICATION_PLAN"},"planLanguage":{"value":"hu"}}}""";

    Map<String, Boolean> startPlan = new LinkedHashMap<>();
    for (String role : ROLES) {
      startPlan.put(
          role,
          allowed(
              call(
                  "POST",
                  "/engine-rest/process-definition/key/plan-version/submit-form",
                  role,
                  start.formatted(code + "-" + role))));
    }
    assertThat(startPlan)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "coordinator",
                true,
                "director",
                false,
                "auditor",
                false,
                "anna",
                false,
                "admin",
                true,
                ANONYMOUS,
                false));

    ProcessInstance pi =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(code + "-coordinator #1")
            .singleResult();
    driver.writeContent(pi, SeedPlans.kulsoKommunikacio());
    String draft =
        "{\"variables\":{\"departments\":{\"value\":\"[\\\"lending\\\"]\",\"type\":\"Json\"},\"inputDeadline\":{\"value\":\"2026-10-05\"}}}";
    assertThat(taskMatrix(pi, driver, PlanVersionProcess.DRAFT_VERSION, null, draft, "coordinator"))
        .containsEntry("coordinator", true)
        .containsEntry("director", false)
        .containsEntry("auditor", false)
        .containsEntry("anna", false)
        .containsEntry(ANONYMOUS, false);

    String input =
        "{\"variables\":{\"inputComments\":{\"value\":\"Rendben\"},\"priorityVotes\":{\"value\":\"[]\",\"type\":\"Json\"}}}";
    assertThat(
            taskMatrix(
                pi, driver, PlanVersionProcess.GIVE_DEPARTMENT_INPUT, "lending", input, "anna"))
        .containsEntry("anna", true)
        .containsEntry("coordinator", false)
        .containsEntry("director", false)
        .containsEntry("auditor", false)
        .containsEntry(ANONYMOUS, false);

    assertThat(
            taskMatrix(
                pi,
                driver,
                PlanVersionProcess.CONSOLIDATE_DRAFT,
                null,
                "{\"variables\":{}}",
                "coordinator"))
        .containsEntry("coordinator", true)
        .containsEntry("director", false)
        .containsEntry("auditor", false)
        .containsEntry("anna", false);

    String approve =
        "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"},\"directorComment\":{\"value\":\"\"},\"effectiveDate\":{\"value\":\"2026-10-01\"},\"signaturePassword\":{\"value\":\"demo\"}}}";
    assertThat(
            taskMatrix(pi, driver, PlanVersionProcess.APPROVE_VERSION, null, approve, "director"))
        .containsEntry("director", true)
        .containsEntry("coordinator", false)
        .containsEntry("auditor", false)
        .containsEntry("anna", false)
        .containsEntry(ANONYMOUS, false);
    driver.reachDay(today);
    long versionId = driver.versionId(pi);
    String encoded =
        URLEncoder.encode(code + "-coordinator", StandardCharsets.UTF_8).replace("+", "%20");

    for (String role : ROLES) {
      boolean signedIn = !ANONYMOUS.equals(role);
      assertThat(allowed(call("GET", "/api/plans/" + encoded, role, null)))
          .as(role + " reads a plan")
          .isEqualTo(signedIn);
      assertThat(allowed(call("GET", "/api/versions/" + versionId + "/document.docx", role, null)))
          .as(role + " downloads")
          .isEqualTo(signedIn);
      assertThat(allowed(call("GET", "/plans/" + encoded + "/audit.csv", role, null)))
          .as(role + " reads history")
          .isEqualTo(List.of("coordinator", "director", "auditor", "admin").contains(role));
      assertThat(
              allowed(
                  call("POST", "/api/versions/" + versionId + "/document/regenerate", role, null)))
          .as(role + " regenerates")
          .isEqualTo(role.equals("admin"));
      assertThat(
              allowed(
                  call(
                      "POST",
                      "/engine-rest/user/create",
                      role,
                      "{\"profile\":{\"id\":\"u"
                          + role.hashCode() % 1000
                          + "x\",\"firstName\":\"A\",\"lastName\":\"B\"},\"credentials\":{\"password\":\"pw123456\"}}")))
          .as(role + " creates users")
          .isEqualTo(role.equals("admin"));
      assertThat(
              allowed(
                  call(
                      "GET",
                      "/engine-rest/history/process-instance?processInstanceId=" + pi.getId(),
                      role,
                      null)))
          .as(role + " reads engine history")
          .isEqualTo(signedIn);
    }
  }
}
