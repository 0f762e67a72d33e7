package org.plandesk.plan.process;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Service;

/** The open tasks of a version's process and who holds them, for PlanDesk's plan page. */
@Service
public class OpenTasks {

  private final TaskService tasks;

  OpenTasks(TaskService tasks) {
    this.tasks = tasks;
  }

  /** A task waiting for someone: its name, the assignee (or null) and the candidate groups. */
  public record OpenTask(
      String name, String assignee, List<String> groups, Date created, Date due) {}

  public List<OpenTask> of(String processInstanceId) {
    if (processInstanceId == null) {
      return List.of();
    }
    return tasks
        .createTaskQuery()
        .processInstanceId(processInstanceId)
        .orderByTaskCreateTime()
        .asc()
        .list()
        .stream()
        .map(
            t ->
                new OpenTask(
                    t.getName(),
                    t.getAssignee(),
                    tasks.getIdentityLinksForTask(t.getId()).stream()
                        .filter(
                            l ->
                                IdentityLinkType.CANDIDATE.equals(l.getType())
                                    && l.getGroupId() != null)
                        .map(IdentityLink::getGroupId)
                        .toList(),
                    t.getCreateTime(),
                    t.getDueDate()))
        .toList();
  }
}
