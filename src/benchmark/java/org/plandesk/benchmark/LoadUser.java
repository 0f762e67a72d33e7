package org.plandesk.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.plandesk.SeedPlans;
import org.plandesk.web.EditorFields;
import org.plandesk.web.WebClient;

/**
 * One member of staff in the load benchmark, signed in to PlanDesk's pages (session) and calling
 * {@code /engine-rest} with HTTP Basic as scripts and the Tasklist's REST calls do. Coordinators
 * start plans (start form, editor save, draft) and consolidate drafts; departments give input;
 * directors decide; everyone reads the register and plans, auditors also audit trails.
 */
final class LoadUser implements Runnable {

  enum Role {
    COORDINATOR,
    DEPARTMENT,
    DIRECTOR,
    AUDITOR,
    READER
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> TYPES =
      List.of("COMMUNICATION_PLAN", "ANNUAL_ACTION_PLAN", "DEVELOPMENT_PROGRAMME");

  private final LoadRun run;
  private final Role role;
  private final String user;
  private final String group;
  private final WebClient client;
  private final Random random;
  private int plansStarted;

  LoadUser(LoadRun run, Role role, String user, String group, String base, long seed) {
    this.run = run;
    this.role = role;
    this.user = user;
    this.group = group;
    this.client = new WebClient(base);
    this.random = new Random(seed);
  }

  void signIn() {
    long start = System.nanoTime();
    client.signIn(user, LoadUsers.PASSWORD);
    run.latencies.record("sign in (form)", start);
  }

  /**
   * An answer the user did not expect: recorded as an error; the user goes on with the next step.
   */
  private static final class Unexpected extends RuntimeException {
    Unexpected() {
      super("unexpected answer", null, false, false);
    }
  }

  @Override
  public void run() {
    try {
      while (true) {
        try {
          step();
        } catch (Unexpected recorded) {
          // already counted as an error
        }
      }
    } catch (LoadRun.Spent done) {
      // the run's budget is used up
    } catch (RuntimeException e) {
      run.error(user + ": " + e);
    }
  }

  private void step() {
    switch (role) {
      case COORDINATOR -> {
        if (random.nextInt(100) < 40) {
          startPlan();
        } else {
          work("Task_ConsolidateDraft", List.of());
        }
      }
      case DEPARTMENT ->
          work(
              "Task_GiveDepartmentInput",
              List.of(
                  "inputComments",
                  "Agreed; we add two events",
                  "proposedActions",
                  "",
                  "priorityVotes",
                  json("[]")));
      case DIRECTOR ->
          work(
              "Task_ApproveVersion",
              random.nextInt(100) < 15
                  ? List.of(
                      "decision",
                      "REQUEST_CHANGES",
                      "directorComment",
                      "Please add the county network.",
                      "signaturePassword",
                      LoadUsers.PASSWORD)
                  : List.of(
                      "decision",
                      "APPROVE",
                      "effectiveDate",
                      LocalDate.now().toString(),
                      "signaturePassword",
                      LoadUsers.PASSWORD));
      case AUDITOR, READER -> {}
    }
    read();
  }

  /** A coordinator's new plan: the start form, the content in the editor, the draft task. */
  private void startPlan() {
    String code = "LOAD-" + run.id + "-" + user.toUpperCase() + "-" + (++plansStarted);
    var start =
        call(
            "start plan (engine-rest)",
            () ->
                client.postJson(
                    "/engine-rest/process-definition/key/plan-version/submit-form",
                    variables(
                        List.of(
                            "requestKind",
                            "NEW_PLAN",
                            "planCode",
                            code,
                            "planTitle",
                            "Load plan " + code,
                            "planType",
                            TYPES.get(random.nextInt(TYPES.size())),
                            "planLanguage",
                            "en")),
                    user,
                    LoadUsers.PASSWORD),
            200);
    String process = read(start).path("id").asText();
    JsonNode draft =
        tasks("processInstanceId=" + process + "&taskDefinitionKey=Task_DraftVersion").path(0);
    long versionId = formVariables(draft).path("versionId").path("value").asLong();
    String editor =
        call("editor page", () -> client.get("/plans/versions/" + versionId), 200).body();
    call(
        "editor save",
        () ->
            client.postForm(
                "/plans/versions/" + versionId,
                EditorFields.withCsrf(
                    editor, EditorFields.of("Load " + code, SeedPlans.kulsoKommunikacio()))),
        302);
    if (claim(draft)) {
      List<String> departments = LoadUsers.DEPARTMENTS.subList(0, 5);
      int from = random.nextInt(5);
      String chosen =
          "[\"" + departments.get(from) + "\",\"" + departments.get((from + 2) % 5) + "\"]";
      complete(
          draft,
          List.of(
              "departments",
              json(chosen),
              "inputDeadline",
              LocalDate.now().plusDays(14).toString()));
      run.started.incrementAndGet();
    }
  }

  /** Takes a task of the user's group from the queue, as the Tasklist's group filter shows it. */
  private void work(String taskKey, List<Object> form) {
    JsonNode open =
        tasks(
            "candidateGroup="
                + group
                + "&taskDefinitionKey="
                + taskKey
                + "&unassigned=true&maxResults=15"
                + "&sortBy=created&sortOrder=asc");
    if (open.isEmpty()) {
      return;
    }
    JsonNode task = open.get(random.nextInt(open.size()));
    if (claim(task)) {
      formVariables(task);
      complete(task, form);
      if (form.contains("APPROVE")) {
        run.completed.incrementAndGet();
      }
    }
  }

  private void read() {
    String code =
        URLEncoder.encode(run.codes.get(random.nextInt(run.codes.size())), StandardCharsets.UTF_8);
    switch (random.nextInt(role == Role.AUDITOR ? 5 : 4)) {
      case 0 ->
          call(
              "register page",
              () -> client.get("/plans?sort=title&page=" + (1 + random.nextInt(200))),
              200);
      case 1 ->
          call(
              "register filtered",
              () -> client.get("/plans?q=load&status=DRAFT&sort=effective&dir=desc"),
              200);
      case 2 -> call("plan page", () -> client.get("/plans/" + code), 200);
      case 3 ->
          call(
              "plan API",
              () -> client.getWithBasic("/api/plans/" + code, user, LoadUsers.PASSWORD),
              200);
      default -> call("audit trail", () -> client.get("/plans/" + code + "/audit"), 200);
    }
  }

  private JsonNode tasks(String query) {
    return read(
        call(
            "task list (engine-rest)",
            () -> client.getWithBasic("/engine-rest/task?" + query, user, LoadUsers.PASSWORD),
            200));
  }

  private JsonNode formVariables(JsonNode task) {
    String id = task.path("id").asText();
    return read(
        call(
            "form variables (engine-rest)",
            () ->
                client.getWithBasic(
                    "/engine-rest/task/" + id + "/form-variables", user, LoadUsers.PASSWORD),
            200));
  }

  /**
   * False when another user claimed the task first (409) or completed it meanwhile (404): a
   * conflict, not an error.
   */
  private boolean claim(JsonNode task) {
    String id = task.path("id").asText();
    var response =
        call(
            "claim (engine-rest)",
            () ->
                client.postJson(
                    "/engine-rest/task/" + id + "/claim",
                    "{\"userId\":\"" + user + "\"}",
                    user,
                    LoadUsers.PASSWORD),
            204,
            409,
            404);
    return response.statusCode() == 204;
  }

  /**
   * Submits the task's form; a 409 (someone changed the process at the same moment) is tried again.
   */
  private void complete(JsonNode task, List<Object> form) {
    String id = task.path("id").asText();
    for (int attempt = 1; attempt <= 3; attempt++) {
      var response =
          call(
              "complete task (engine-rest)",
              () ->
                  client.postJson(
                      "/engine-rest/task/" + id + "/submit-form",
                      variables(form),
                      user,
                      LoadUsers.PASSWORD),
              204,
              409);
      if (response.statusCode() == 204) {
        return;
      }
    }
    run.error(user + ": task " + id + " still conflicted after 3 attempts");
  }

  /**
   * One request: timed, taken from the budget; 409 counts as a conflict where allowed, any other
   * surprise as an error.
   */
  private HttpResponse<String> call(
      String kind, Supplier<HttpResponse<String>> request, int... expected) {
    run.take();
    long start = System.nanoTime();
    HttpResponse<String> response = request.get();
    run.latencies.record(kind, start);
    int status = response.statusCode();
    for (int ok : expected) {
      if (status == ok) {
        if (status == 409 || status == 404) {
          run.conflicts.incrementAndGet();
        }
        return response;
      }
    }
    String body = response.body() == null ? "" : response.body();
    run.error(
        user
            + " "
            + kind
            + " "
            + response.request().uri().getPath()
            + " -> "
            + status
            + " "
            + body.substring(0, Math.min(300, body.length())).replaceAll("\\s+", " "));
    throw new Unexpected();
  }

  private static JsonNode read(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (Exception e) {
      throw new IllegalStateException("Not JSON: " + response.body(), e);
    }
  }

  private record JsonText(String text) {}

  private static Object json(String text) {
    return new JsonText(text);
  }

  /**
   * Engine REST variables from name/value pairs; a {@link JsonText} becomes a Json (Spin) variable.
   */
  private static String variables(List<Object> pairs) {
    ObjectNode variables = JSON.createObjectNode();
    for (int i = 0; i < pairs.size(); i += 2) {
      ObjectNode variable = variables.putObject((String) pairs.get(i));
      Object value = pairs.get(i + 1);
      if (value instanceof JsonText text) {
        variable.put("value", text.text()).put("type", "Json");
      } else {
        variable.put("value", (String) value);
      }
    }
    ObjectNode body = JSON.createObjectNode();
    body.set("variables", variables);
    return body.toString();
  }
}
