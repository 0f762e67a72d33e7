package org.plandesk.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plandesk.SeedPlans;
import org.plandesk.plan.process.PlanVersionProcess;

/**
 * One plan-version lifecycle driven over HTTP as its users drive it: the coordinator starts it
 * through the start form ({@code /engine-rest}), writes the content in the plan editor and submits
 * the drafting form; each department's member claims and submits its input; the coordinator
 * consolidates; the director decides. Every step may go to any node.
 *
 * <p>What is typed is derived from the plan code, so checks can tell afterwards whether every
 * completed step left its data in PlanDesk's tables. {@link #advance} does whatever step is open
 * next, which lets a driver go on after a node died in the middle of a request.
 */
public final class HttpLifecycle {

  /** The director's decisions in order (e.g. REQUEST_CHANGES then APPROVE). */
  public enum Decision {
    APPROVE,
    REQUEST_CHANGES,
    REJECT
  }

  /** What {@link #advance} found or did. */
  public enum Progress {
    STARTED,
    STEP_DONE,
    WAITING,
    ENDED
  }

  /** The demo member of each department. */
  public static final Map<String, String> MEMBERS =
      Map.of(
          "lending",
          "anna",
          "children",
          "olena",
          "network",
          "aigerim",
          "events",
          "peter",
          "digital",
          "jonas");

  private static final String ADMIN = NodeSettings.ADMIN;

  private final String code;
  private final String planCode;
  private final HttpLifecycle previous;
  private final List<String> departments;
  private final List<Decision> decisions;
  private final List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
  private volatile String processInstanceId;
  private volatile Long versionId;

  /** The first version of a new plan, whose code is the lifecycle's. */
  public HttpLifecycle(String code, List<String> departments, List<Decision> decisions) {
    this(code, null, departments, decisions);
  }

  private HttpLifecycle(
      String code, HttpLifecycle previous, List<String> departments, List<Decision> decisions) {
    this.code = code;
    this.previous = previous;
    this.planCode = previous == null ? code : previous.planCode;
    this.departments = List.copyOf(departments);
    this.decisions = List.copyOf(decisions);
  }

  /**
   * The next version of the plan of an ended lifecycle: approved, it supersedes that version (its
   * periodic review ends). The lifecycle keeps a code of its own for what its users type.
   */
  public static HttpLifecycle nextVersion(
      String code, HttpLifecycle previous, List<String> departments, List<Decision> decisions) {
    return new HttpLifecycle(code, previous, departments, decisions);
  }

  /** A lifecycle begun another way (through the engine's services), for the checks. */
  public static HttpLifecycle begun(
      String code, List<String> departments, List<Decision> decisions, String processInstanceId) {
    HttpLifecycle lifecycle = new HttpLifecycle(code, departments, decisions);
    lifecycle.processInstanceId = processInstanceId;
    return lifecycle;
  }

  public String code() {
    return code;
  }

  /**
   * The plan's code: the lifecycle's own for a new plan, else the plan's it makes a new version of.
   */
  public String planCode() {
    return planCode;
  }

  /** The lifecycle of the plan's version before this one, or null for a new plan. */
  public HttpLifecycle previous() {
    return previous;
  }

  public List<String> departments() {
    return departments;
  }

  public List<Decision> decisions() {
    return decisions;
  }

  public boolean approved() {
    return decisions.get(decisions.size() - 1) == Decision.APPROVE;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  public Long versionId() {
    return versionId;
  }

  /** The steps the nodes confirmed (2xx), in order: each must have left its data behind. */
  public List<String> acknowledged() {
    return List.copyOf(acknowledged);
  }

  // What the users type, derived from the code.

  public String inputComments(String department) {
    return "Input of " + department + " for " + code;
  }

  public String decisionComment(int round) {
    return switch (decisions.get(round)) {
      case APPROVE -> null;
      case REQUEST_CHANGES -> "Changes " + (round + 1) + " for " + code;
      case REJECT -> "Rejected: " + code;
    };
  }

  /** The first (or only) effective date: today, so the in-force timer is due at once. */
  public static LocalDate effectiveDate() {
    return LocalDate.now();
  }

  // The steps.

  public HttpLifecycle start(NodeClient node) {
    Map<String, Object> request =
        previous == null
            ? Map.of(
                "requestKind", "NEW_PLAN",
                "planCode", code,
                "planTitle", "Communication plan " + code,
                "planType", "COMMUNICATION_PLAN",
                "planLanguage", "en")
            : Map.of("requestKind", "NEW_VERSION", "planCode", planCode);
    JsonNode instance =
        node.post(
            "/engine-rest/process-definition/key/" + PlanVersionProcess.KEY + "/submit-form",
            "coordinator",
            form(request));
    processInstanceId = instance.get("id").asText();
    acknowledged.add("start");
    return this;
  }

  public long versionId(NodeClient node) {
    if (versionId == null) {
      JsonNode variables =
          node.get(
              "/engine-rest/history/variable-instance?variableName=versionId&processInstanceId="
                  + processInstanceId,
              ADMIN);
      versionId = variables.get(0).get("value").asLong();
    }
    return versionId;
  }

  public void writeContent(NodeClient node) {
    node.saveContent(versionId(node), "Plan_" + code, SeedPlans.kulsoKommunikacio());
    acknowledged.add("content");
  }

  public void draft(NodeClient node) {
    String task = claim(node, PlanVersionProcess.DRAFT_VERSION, null, "coordinator");
    complete(
        node,
        task,
        "coordinator",
        Map.of(
            "departments", json(departments),
            "inputDeadline", LocalDate.now().plusDays(1).toString()));
    acknowledged.add("draft");
  }

  public void giveInput(NodeClient node, String department) {
    giveInput(node, node, department);
  }

  /** Claims the department's task on one node and submits it on another. */
  public void giveInput(NodeClient claimOn, NodeClient completeOn, String department) {
    String user = MEMBERS.get(department);
    String task = claim(claimOn, PlanVersionProcess.GIVE_DEPARTMENT_INPUT, department, user);
    complete(
        completeOn,
        task,
        user,
        Map.of(
            "inputComments", inputComments(department),
            "proposedActions", "",
            "priorityVotes", json(List.of())));
    acknowledged.add("input:" + department);
  }

  public void consolidate(NodeClient node) {
    String task = claim(node, PlanVersionProcess.CONSOLIDATE_DRAFT, null, "coordinator");
    complete(node, task, "coordinator", Map.of());
    acknowledged.add("consolidate");
  }

  /** The director's next decision, by how many approval tasks were completed before. */
  public Decision decide(NodeClient node) {
    int round =
        node.get(
                "/engine-rest/history/task/count?finished=true&taskDefinitionKey="
                    + PlanVersionProcess.APPROVE_VERSION
                    + "&processInstanceId="
                    + processInstanceId,
                ADMIN)
            .get("count")
            .asInt();
    Decision decision = decisions.get(round);
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("decision", decision.name());
    if (decisionComment(round) != null) {
      form.put("directorComment", decisionComment(round));
    }
    if (decision == Decision.APPROVE) {
      form.put("effectiveDate", effectiveDate().toString());
    }
    // The director signs with the password (taken out of the request by PlanDesk's guard).
    form.put("signaturePassword", NodeSettings.STAFF_PASSWORD);
    String task = claim(node, PlanVersionProcess.APPROVE_VERSION, null, "director");
    complete(node, task, "director", form);
    acknowledged.add("decision:" + round + ":" + decision);
    return decision;
  }

  /**
   * Does the next open step, whatever happened before: finds the instance by its plan code when the
   * node died before answering the start, redoes a step whose answer was lost (its task is still
   * open, or it is done and the next one is open).
   */
  public Progress advance(NodeClient node) {
    if (processInstanceId == null) {
      String started = startedBefore(node);
      if (started == null) {
        start(node);
        return Progress.STARTED;
      }
      processInstanceId = started;
    }
    JsonNode open =
        node.get(
            "/engine-rest/task?sortBy=created&sortOrder=asc&processInstanceId=" + processInstanceId,
            ADMIN);
    if (open.isEmpty()) {
      JsonNode instance =
          node.get("/engine-rest/history/process-instance/" + processInstanceId, ADMIN);
      return instance.get("endTime").isNull() ? Progress.WAITING : Progress.ENDED;
    }
    JsonNode task = open.get(0);
    switch (task.get("taskDefinitionKey").asText()) {
      case PlanVersionProcess.DRAFT_VERSION -> {
        writeContent(node);
        draft(node);
      }
      case PlanVersionProcess.GIVE_DEPARTMENT_INPUT ->
          giveInput(node, departmentOf(node, task.get("id").asText()));
      case PlanVersionProcess.CONSOLIDATE_DRAFT -> consolidate(node);
      case PlanVersionProcess.APPROVE_VERSION -> decide(node);
      default -> throw new IllegalStateException("Unexpected task " + task);
    }
    return Progress.STEP_DONE;
  }

  /**
   * This lifecycle's process if it was started (its answer lost), told apart from those of the
   * plan's earlier versions.
   */
  private String startedBefore(NodeClient node) {
    List<String> earlier = new ArrayList<>();
    for (HttpLifecycle l = previous; l != null; l = l.previous) {
      earlier.add(l.processInstanceId);
    }
    for (JsonNode instance :
        node.get(
            "/engine-rest/history/process-instance?processDefinitionKey="
                + PlanVersionProcess.KEY
                + "&variables=planCode_eq_"
                + planCode,
            ADMIN)) {
      if (!earlier.contains(instance.get("id").asText())) {
        return instance.get("id").asText();
      }
    }
    return null;
  }

  private static String departmentOf(NodeClient node, String taskId) {
    for (JsonNode link :
        node.get("/engine-rest/task/" + taskId + "/identity-links?type=candidate", ADMIN)) {
      if (link.hasNonNull("groupId")) {
        return link.get("groupId").asText();
      }
    }
    throw new IllegalStateException("Department task " + taskId + " has no candidate group");
  }

  /**
   * Finds the open task as the user sees it in the Tasklist and claims it (again, if it is theirs
   * already).
   */
  private String claim(NodeClient node, String taskKey, String group, String user) {
    String query =
        "/engine-rest/task?processInstanceId="
            + processInstanceId
            + "&taskDefinitionKey="
            + taskKey
            + (group == null ? "" : "&candidateGroup=" + group + "&includeAssignedTasks=true");
    JsonNode tasks = node.get(query, user);
    if (tasks.size() != 1) {
      throw new IllegalStateException(
          user
              + " sees "
              + tasks.size()
              + " tasks "
              + taskKey
              + " of "
              + code
              + " on "
              + node.name());
    }
    String id = tasks.get(0).get("id").asText();
    node.post("/engine-rest/task/" + id + "/claim", user, Map.of("userId", user));
    return id;
  }

  /**
   * Submits a task form; on 409 (the process changed at the same moment, nothing saved) again, as
   * the user would.
   */
  private static void complete(
      NodeClient node, String taskId, String user, Map<String, Object> form) {
    for (int attempt = 1; ; attempt++) {
      try {
        node.post("/engine-rest/task/" + taskId + "/submit-form", user, form(form));
        return;
      } catch (NodeClient.Refused e) {
        if (e.status() != 409 || attempt == 3) {
          throw e;
        }
      }
    }
  }

  /**
   * A Camunda form submission: {"variables": {"name": {"value": ...}}}; JSON lists typed as Json.
   */
  private static Map<String, Object> form(Map<String, Object> fields) {
    Map<String, Object> variables = new LinkedHashMap<>();
    fields.forEach(
        (name, value) ->
            variables.put(
                name,
                value instanceof JsonText text
                    ? Map.of("value", text.json(), "type", "Json")
                    : Map.of("value", value)));
    return Map.of("variables", variables);
  }

  private record JsonText(String json) {}

  private static JsonText json(List<String> values) {
    return new JsonText(NodeClient.json(values));
  }
}
