package org.plandesk.grant.process;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Predicate;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The grant-request process seen from other modules: which grant request a step or an instance is
 * about, and the open task a reminder points to. The request starts through its start form in the
 * Tasklist. Nobody outside {@code grant.process} knows its variable names or element IDs.
 */
@NamedInterface("process-port")
@Component
public class GrantRequestPort {

  private final TaskService tasks;
  private final HistoryService history;

  GrantRequestPort(TaskService tasks, HistoryService history) {
    this.tasks = tasks;
    this.history = history;
  }

  /** The grant request a step of the process is about, once the request is recorded. */
  public Optional<Long> grantId(VariableScope scope) {
    return GrantRequestVariables.GRANT_ID.find(scope);
  }

  /** The grant request an instance is about, running or ended; empty before it was recorded. */
  public Optional<Long> grantId(String processInstanceId) {
    return Optional.ofNullable(
            history
                .createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId)
                .variableName(GrantRequestVariables.GRANT_ID.name())
                .singleResult())
        .map(HistoricVariableInstance::getValue)
        .map(GrantRequestVariables.GRANT_ID::valueOf);
  }

  /** The open task of submitting the request to the funder. */
  public Optional<Task> submissionTask(String processInstanceId) {
    return openTask(processInstanceId, GrantRequestProcess.SUBMIT_TO_FUNDER, t -> true);
  }

  /** The open task of recording the funder's decision. */
  public Optional<Task> funderDecisionTask(String processInstanceId) {
    return openTask(processInstanceId, GrantRequestProcess.RECORD_FUNDER_DECISION, t -> true);
  }

  /** The open report task of the reporting obligation due on the day. */
  public Optional<Task> reportTask(String processInstanceId, LocalDate due) {
    return openTask(processInstanceId, GrantRequestProcess.SUBMIT_REPORT, t -> dueOn(t, due));
  }

  private Optional<Task> openTask(String processInstanceId, String taskKey, Predicate<Task> which) {
    if (processInstanceId == null) {
      return Optional.empty();
    }
    return tasks
        .createTaskQuery()
        .processInstanceId(processInstanceId)
        .taskDefinitionKey(taskKey)
        .list()
        .stream()
        .filter(which)
        .findFirst();
  }

  /** A report task due on the day, whether due at its start or (as deadlines are) at its end. */
  private static boolean dueOn(Task task, LocalDate day) {
    if (task.getDueDate() == null) {
      return false;
    }
    LocalDateTime due =
        LocalDateTime.ofInstant(task.getDueDate().toInstant(), ZoneId.systemDefault());
    return due.toLocalDate().equals(day)
        || (due.toLocalTime().equals(LocalTime.MIDNIGHT)
            && due.toLocalDate().minusDays(1).equals(day));
  }
}
