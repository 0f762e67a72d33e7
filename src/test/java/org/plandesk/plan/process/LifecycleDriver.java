package org.plandesk.plan.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.plandesk.SeedPlans;
import org.plandesk.plan.PlanContent;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanVersion;
import org.plandesk.plan.VersionRequest;
import org.plandesk.process.DirectorDecision;
import org.plandesk.signing.SignedCompletion;

/**
 * Drives plan-version lifecycles the way people do: each step as a signed-in user through the
 * engine's form and task services, with the engine's authorizations checked.
 */
public class LifecycleDriver {

  private final ProcessEngine engine;
  private final PlanService plans;

  public LifecycleDriver(ProcessEngine engine, PlanService plans) {
    this.engine = engine;
    this.plans = plans;
  }

  /** Runs an action as the given user, with the user's groups, as the Tasklist would. */
  public <T> T as(String userId, java.util.function.Supplier<T> action) {
    List<String> groups =
        engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId)
            .toList();
    engine.getIdentityService().setAuthentication(userId, groups);
    try {
      return action.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  public void as(String userId, Runnable action) {
    as(
        userId,
        () -> {
          action.run();
          return null;
        });
  }

  public ProcessInstance startNewPlan(
      String user, String code, String title, String type, String language) {
    Map<String, Object> form = new HashMap<>();
    form.put(PlanVersionVariables.REQUEST_KIND.name(), VersionRequest.Kind.NEW_PLAN.name());
    form.put(PlanVersionVariables.PLAN_CODE.name(), code);
    form.put(PlanVersionVariables.PLAN_TITLE.name(), title);
    form.put(PlanVersionVariables.PLAN_TYPE.name(), type);
    form.put(PlanVersionVariables.PLAN_LANGUAGE.name(), language);
    return start(user, form);
  }

  public ProcessInstance startNewVersion(String user, String code) {
    return start(
        user,
        Map.of(
            PlanVersionVariables.REQUEST_KIND.name(),
            VersionRequest.Kind.NEW_VERSION.name(),
            PlanVersionVariables.PLAN_CODE.name(),
            code));
  }

  private ProcessInstance start(String user, Map<String, Object> form) {
    String definitionId =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(PlanVersionProcess.KEY)
            .latestVersion()
            .singleResult()
            .getId();
    return as(user, () -> engine.getFormService().submitStartForm(definitionId, form));
  }

  public long versionId(ProcessInstance instance) {
    return PlanVersionVariables.VERSION_ID.valueOf(
        engine
            .getHistoryService()
            .createHistoricVariableInstanceQuery()
            .processInstanceId(instance.getId())
            .variableName(PlanVersionVariables.VERSION_ID.name())
            .singleResult()
            .getValue());
  }

  /** The coordinator writes the content in the editor. */
  public PlanVersion writeContent(ProcessInstance instance, PlanContent content) {
    long id = versionId(instance);
    return plans.saveDraft(id, null, plans.version(id).fileName(), content);
  }

  public Task task(ProcessInstance instance, String taskKey) {
    List<Task> tasks = tasks(instance, taskKey);
    assertThat(tasks).as("open tasks %s", taskKey).hasSize(1);
    return tasks.get(0);
  }

  public List<Task> tasks(ProcessInstance instance, String taskKey) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey)
        .list();
  }

  /**
   * Claims and completes a task through its form, as the Tasklist does. A signed task (the
   * director's approvals and sign-off) is signed with the password the form carries in {@code
   * signaturePassword}, else the user's test password, and the password is taken out of the form as
   * PlanDesk's engine API guard does.
   */
  public void complete(String user, Task task, Map<String, Object> form) {
    Runnable completion =
        () ->
            as(
                user,
                () -> {
                  engine.getTaskService().claim(task.getId(), user);
                  engine.getFormService().submitTaskForm(task.getId(), withoutPassword(form));
                });
    if (!SignedCompletion.isSigned(task)) {
      completion.run();
      return;
    }
    Object given = form.get(SignedCompletion.PASSWORD_FIELD);
    Optional<String> password =
        given != null
            ? Optional.of(given.toString())
            : SignedCompletion.testPasswordOf(engine, user);
    if (password.isPresent()) {
      SignedCompletion.complete(engine, user, password.get(), task, completion);
    } else {
      // A user without a test password: the engine decides (a user who may not work the task is
      // refused first; otherwise the decision is refused as not signed).
      completion.run();
    }
  }

  private static Map<String, Object> withoutPassword(Map<String, Object> form) {
    if (!form.containsKey(SignedCompletion.PASSWORD_FIELD)) {
      return form;
    }
    Map<String, Object> without = new HashMap<>(form);
    without.remove(SignedCompletion.PASSWORD_FIELD);
    return without;
  }

  /**
   * The coordinator claims the consolidation; the administrator delegates it at the coordinator's
   * request (handing a task to someone else is the administrator's: staff work their tasks, with
   * TASK_WORK); the delegate resolves it back.
   */
  public void delegateConsolidation(ProcessInstance instance, String delegate) {
    Task consolidation = task(instance, PlanVersionProcess.CONSOLIDATE_DRAFT);
    as("coordinator", () -> engine.getTaskService().claim(consolidation.getId(), "coordinator"));
    as("admin", () -> engine.getTaskService().delegateTask(consolidation.getId(), delegate));
    as(delegate, () -> engine.getTaskService().resolveTask(consolidation.getId()));
  }

  public void draft(ProcessInstance instance, List<String> departments, LocalDate deadline) {
    complete(
        "coordinator",
        task(instance, PlanVersionProcess.DRAFT_VERSION),
        Map.of(
            PlanVersionVariables.DEPARTMENTS.name(), json(departments),
            PlanVersionVariables.INPUT_DEADLINE.name(), deadline.toString()));
  }

  public Task departmentTask(ProcessInstance instance, String department) {
    return tasks(instance, PlanVersionProcess.GIVE_DEPARTMENT_INPUT).stream()
        .filter(
            t ->
                engine.getTaskService().getIdentityLinksForTask(t.getId()).stream()
                    .anyMatch(l -> department.equals(l.getGroupId())))
        .findFirst()
        .orElseThrow();
  }

  public void giveInput(
      String user,
      ProcessInstance instance,
      String department,
      String comments,
      List<String> votes) {
    complete(
        user,
        departmentTask(instance, department),
        Map.of(
            PlanVersionVariables.INPUT_COMMENTS.name(),
            comments,
            PlanVersionVariables.PROPOSED_ACTIONS.name(),
            "",
            PlanVersionVariables.PRIORITY_VOTES.name(),
            json(votes)));
  }

  public void consolidate(ProcessInstance instance) {
    complete("coordinator", task(instance, PlanVersionProcess.CONSOLIDATE_DRAFT), Map.of());
  }

  public void decide(
      ProcessInstance instance, DirectorDecision decision, String comment, LocalDate effective) {
    decide(instance, decision.name(), comment, effective);
  }

  /** The director's approval form; {@code decision} as the form sends it, which may be anything. */
  public void decide(
      ProcessInstance instance, String decision, String comment, LocalDate effective) {
    complete(
        "director",
        task(instance, PlanVersionProcess.APPROVE_VERSION),
        approvalForm(decision, comment, effective));
  }

  /** The fields of the director's approval form. */
  public static Map<String, Object> approvalForm(
      String decision, String comment, LocalDate effective) {
    Map<String, Object> form = new HashMap<>();
    form.put(PlanVersionVariables.DECISION.name(), decision);
    form.put(PlanVersionVariables.DIRECTOR_COMMENT.name(), comment);
    if (effective != null) {
      form.put(PlanVersionVariables.EFFECTIVE_DATE.name(), effective.toString());
    }
    return form;
  }

  /**
   * A new plan with this content, drafted without the departments' input, approved by the director
   * and in force from the day (the clock moved there); the process of its first version.
   */
  public ProcessInstance inForce(
      String code, String type, String language, PlanContent content, LocalDate day) {
    ProcessInstance instance = startNewPlan("coordinator", code, "Terv " + code, type, language);
    writeContent(instance, content);
    draft(instance, List.of(), day.plusDays(5));
    consolidate(instance);
    decide(instance, DirectorDecision.APPROVE, null, day);
    reachDay(day);
    return instance;
  }

  /**
   * The shortest path to an approval: seed plan 000, no department asked, approved by the director.
   */
  public ProcessInstance approvedWithoutInput(String code, LocalDate today, LocalDate effective) {
    ProcessInstance instance =
        startNewPlan("coordinator", code, SeedPlans.KULSO_KOMM_TITLE, "COMMUNICATION_PLAN", "hu");
    writeContent(instance, SeedPlans.kulsoKommunikacio());
    draft(instance, List.of(), today.plusDays(3));
    consolidate(instance);
    decide(instance, DirectorDecision.APPROVE, null, effective);
    return instance;
  }

  /** Moves the engine clock to the start of a day and runs every timer that is due by then. */
  public int reachDay(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant()));
    int executed = 0;
    // A job may create the next one (the document, then the effective-date timer): run until idle.
    // One may also remove another due the same day (a deadline passed ends its reminder): skip
    // those.
    List<Job> due = engine.getManagementService().createJobQuery().executable().list();
    while (!due.isEmpty() && executed < 1000) {
      for (Job job : due) {
        if (engine.getManagementService().createJobQuery().jobId(job.getId()).count() == 1) {
          engine.getManagementService().executeJob(job.getId());
          executed++;
        }
      }
      due = engine.getManagementService().createJobQuery().executable().list();
    }
    return executed;
  }

  public static Object json(List<String> values) {
    StringBuilder array = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      array
          .append(i == 0 ? "" : ",")
          .append('"')
          .append(values.get(i).replace("\"", "\\\""))
          .append('"');
    }
    return SpinValues.jsonValue(array.append(']').toString()).create();
  }
}
