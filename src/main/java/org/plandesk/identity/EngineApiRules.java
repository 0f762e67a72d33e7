package org.plandesk.identity;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What staff may do through Camunda's engine API ({@code /engine-rest} and the Tasklist's own
 * {@code /camunda/api/engine}): read, query, work their tasks and start processes through start
 * forms. Everything else (job execution and retries, instance modification and migration, deletion,
 * deployment, batches, messages and signals, users, groups, authorizations, incidents, task
 * variables outside a form) is the administrator's. Camunda's own defaults are wider: a candidate
 * group may update its task's variables, a user may delete or rename themselves, and a refused job
 * execution still costs the job a retry; none of that is PlanDesk's rule.
 *
 * <p>An allow-list on purpose: an endpoint a later Camunda version adds is the administrator's
 * until someone decides otherwise (and {@code EngineRestRightsTest} fails until its row is added).
 */
final class EngineApiRules {

  /** What a request needs beyond being signed in. */
  enum Need {
    /**
     * Any member of staff, auditors included: reads and queries; the engine filters what they see.
     */
    READ,
    /** Staff who work tasks (not auditors): claim, unclaim, comment. */
    WORK,
    /** Completing a task: only the variables its form declares (checked against the form). */
    COMPLETE_TASK,
    /** Starting a process through its start form: only the variables the form declares. */
    START_PROCESS,
    /** The administrator only. */
    ADMIN
  }

  private record Rule(String method, Pattern path, Need need) {}

  private static final String ID = "[^/]+";

  private static final List<Rule> RULES =
      List.of(
          // Queries sent as POST (their filters do not fit in a URL).
          post("/task", Need.READ),
          post("/task/count", Need.READ),
          post("/filter/" + ID + "/(list|count|singleResult)", Need.READ),
          post(
              "/(process-instance|execution|variable-instance|job|job-definition|external-task|group"
                  + "|case-instance|case-execution)(/count)?",
              Need.READ),
          post(
              "/history/(activity-instance|case-instance|external-task-log|job-log|process-instance|task"
                  + "|variable-instance)(/count)?",
              Need.READ),
          post("/history/detail", Need.READ),
          // Working one's own tasks.
          post("/task/" + ID + "/(claim|unclaim)", Need.WORK),
          post("/task/" + ID + "/comment/create", Need.WORK),
          post("/task/" + ID + "/(complete|submit-form)", Need.COMPLETE_TASK),
          // Starting through a start form (the Tasklist's "Start process").
          post(
              "/process-definition/("
                  + ID
                  + "|key/"
                  + ID
                  + "|key/"
                  + ID
                  + "/tenant-id/"
                  + ID
                  + ")/submit-form",
              Need.START_PROCESS));

  private static final Pattern NAMED_ENGINE = Pattern.compile("^/engine/[^/]+(?=/|$)");

  private EngineApiRules() {}

  private static Rule post(String path, Need need) {
    return new Rule("POST", Pattern.compile(path), need);
  }

  /**
   * What a request to the engine API needs.
   *
   * @param method the HTTP method
   * @param path the path below the API's root, e.g. {@code /task/42/submit-form} or {@code
   *     /engine/default/task/42/submit-form}
   */
  static Need need(String method, String path) {
    if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
      return Need.READ;
    }
    String resource = resourcePath(path);
    return RULES.stream()
        .filter(r -> r.method().equals(method) && r.path().matcher(resource).matches())
        .map(Rule::need)
        .findFirst()
        .orElse(Need.ADMIN);
  }

  /** The path without a named engine's prefix ({@code /engine/default}) and trailing slashes. */
  static String resourcePath(String path) {
    String withoutEngine = NAMED_ENGINE.matcher(path).replaceFirst("");
    String trimmed = withoutEngine.replaceAll("/+$", "");
    return trimmed.isEmpty() ? "/" : trimmed;
  }

  /** The task id of {@code /task/{id}/...}, if the path is one. */
  static Optional<String> taskId(String resourcePath) {
    var m = Pattern.compile("^/task/(" + ID + ")/").matcher(resourcePath);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
