package org.plandesk.notification;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/** Finds the open task a reminder links to, whoever's step (or timer) runs the reminder. */
@Component
class OpenTaskFinder {

  private final TaskService tasks;
  private final SystemAccess system;

  OpenTaskFinder(TaskService tasks, SystemAccess system) {
    this.tasks = tasks;
    this.system = system;
  }

  /**
   * The first open task of the element in the process instance that the refinement and test accept.
   */
  Optional<Task> find(
      String processInstanceId,
      String taskKey,
      UnaryOperator<TaskQuery> refine,
      Predicate<Task> which) {
    if (processInstanceId == null) {
      return Optional.empty();
    }
    return system.run(
        () ->
            refine
                .apply(
                    tasks
                        .createTaskQuery()
                        .processInstanceId(processInstanceId)
                        .taskDefinitionKey(taskKey))
                .list()
                .stream()
                .filter(which)
                .findFirst());
  }

  Optional<Task> find(String processInstanceId, String taskKey) {
    return find(processInstanceId, taskKey, q -> q, t -> true);
  }
}
