package org.plandesk.plan.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.VersionRequest;
import org.plandesk.system.Text;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The plan-version process seen from other modules: start it, and find what one of its steps is
 * about. Nobody outside {@code plan.process} knows its variable names or element IDs.
 */
@NamedInterface("process-port")
@Component
public class PlanVersionPort {

  /** The milestones' sentences ({@code i18n/messages*.properties}). */
  private static final Map<String, String> MILESTONES =
      Map.of(
          PlanVersionProcess.INPUT_REMINDER_DUE, "audit.milestone.inputReminder",
          PlanVersionProcess.EFFECTIVE_DATE_REACHED, "audit.milestone.effectiveDate",
          PlanVersionProcess.PUT_VERSION_IN_FORCE, "audit.milestone.inForce",
          PlanVersionProcess.END_REJECTED, "audit.milestone.rejected");

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final HistoryService history;
  private final PlanService plans;

  PlanVersionPort(
      RuntimeService runtime, TaskService tasks, HistoryService history, PlanService plans) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.history = history;
    this.plans = plans;
  }

  /**
   * Starts the lifecycle of a new version of an existing plan, as its start form would, in the name
   * of {@code initiator}: its draft is prefilled with the content in force.
   */
  public ProcessInstance startNewVersion(String planCode, String initiator) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(
        PlanVersionVariables.REQUEST_KIND.name(),
        PlanVersionVariables.REQUEST_KIND.stored(VersionRequest.Kind.NEW_VERSION));
    variables.put(
        PlanVersionVariables.PLAN_CODE.name(), PlanVersionVariables.PLAN_CODE.stored(planCode));
    variables.put(
        PlanVersionVariables.INITIATOR.name(), PlanVersionVariables.INITIATOR.stored(initiator));
    return runtime
        .createMessageCorrelation(PlanVersionProcess.MESSAGE_REVISION_REQUESTED)
        .setVariables(variables)
        .correlateStartMessage();
  }

  /**
   * The groups the coordinator chose to read and confirm a version once in force (sent with the
   * consolidated draft); empty when none were chosen (all staff) or the version has no process.
   */
  public List<String> acknowledgeGroups(long versionId) {
    String processInstanceId = plans.version(versionId).processInstanceId();
    if (processInstanceId == null) {
      return List.of();
    }
    Object running =
        runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0
            ? null
            : runtime.getVariable(
                processInstanceId, PlanVersionVariables.ACKNOWLEDGE_GROUPS.name());
    if (running == null) {
      var stored =
          history
              .createHistoricVariableInstanceQuery()
              .processInstanceId(processInstanceId)
              .variableName(PlanVersionVariables.ACKNOWLEDGE_GROUPS.name())
              .list();
      running = stored.isEmpty() ? null : stored.get(0).getValue();
    }
    return running == null ? List.of() : PlanVersionVariables.ACKNOWLEDGE_GROUPS.valueOf(running);
  }

  /** The version a step of the process is about, once the version is open. */
  public Optional<Long> versionId(VariableScope scope) {
    return PlanVersionVariables.VERSION_ID.find(scope);
  }

  /** The department of a step of the departmental input, empty outside the input round. */
  public Optional<String> department(VariableScope scope) {
    return PlanVersionVariables.DEPARTMENT.find(scope);
  }

  /** The open input task of a department, claimed or not (claimed is not answered). */
  public Optional<Task> inputTask(String processInstanceId, String department) {
    if (processInstanceId == null) {
      return Optional.empty();
    }
    return tasks
        .createTaskQuery()
        .processInstanceId(processInstanceId)
        .taskDefinitionKey(PlanVersionProcess.GIVE_DEPARTMENT_INPUT)
        .taskCandidateGroup(department)
        .includeAssignedTasks()
        .list()
        .stream()
        .findFirst();
  }

  /**
   * What it means for the plan that an element of the process completed, for its audit trail: the
   * moments a reader looks for besides the tasks (a reminder point, the effective date, entry into
   * force, rejection); empty for the other elements.
   */
  public Optional<Text> milestone(String activityId) {
    return Optional.ofNullable(MILESTONES.get(activityId)).map(Text::of);
  }
}
