package org.plandesk.review.process;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.plandesk.system.StartUpLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives every open monitoring task ({@code Task_RecordMonitoringResult}) that lacks it the address
 * of its PlanDesk page ({@code monitoringPage}, task-local, as {@link
 * MonitoringTaskCreatedListener} sets it): tasks created before the listener existed, or moved to a
 * newer definition by a migration (which runs no create listener), would otherwise show their
 * Tasklist form with an empty link. Runs at start-up under the {@link StartUpLock}, so nodes
 * starting together take turns and the second finds nothing left to do; finding the tasks is one
 * query, whatever the number of tasks.
 */
@Component
public class MonitoringPageLinks {

  private static final Logger log = LoggerFactory.getLogger(MonitoringPageLinks.class);

  private final TaskService tasks;
  private final ManagementService management;
  private final StartUpLock lock;

  MonitoringPageLinks(TaskService tasks, ManagementService management, StartUpLock lock) {
    this.tasks = tasks;
    this.management = management;
    this.lock = lock;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(5)
  public void linkOnStartUp() {
    lock.holding(
        () -> {
          int linked = linkOpenTasks();
          if (linked > 0) {
            log.info("Linked {} open monitoring task(s) to their PlanDesk page", linked);
          }
        });
  }

  /** Sets the page of every open monitoring task that has none; how many there were. */
  public int linkOpenTasks() {
    List<Task> unlinked =
        tasks
            .createNativeTaskQuery()
            .sql(
                "SELECT T.* FROM "
                    + management.getTableName(Task.class)
                    + " T WHERE T.TASK_DEF_KEY_ = #{element} AND T.PROC_DEF_ID_ IN (SELECT D.ID_"
                    + " FROM "
                    + management.getTableName(ProcessDefinition.class)
                    + " D WHERE D.KEY_ = #{process}) AND NOT EXISTS (SELECT 1 FROM "
                    + management.getTableName(VariableInstanceEntity.class)
                    + " V WHERE V.TASK_ID_ = T.ID_ AND V.NAME_ = #{variable})")
            .parameter("element", PlanReviewProcess.RECORD_MONITORING_RESULT)
            .parameter("process", PlanReviewProcess.KEY)
            .parameter("variable", PlanReviewVariables.MONITORING_PAGE.name())
            .list();
    for (Task task : unlinked) {
      String code =
          PlanReviewVariables.PLAN_CODE.valueOf(
              tasks.getVariable(task.getId(), PlanReviewVariables.PLAN_CODE.name()));
      tasks.setVariableLocal(
          task.getId(),
          PlanReviewVariables.MONITORING_PAGE.name(),
          PlanReviewVariables.MONITORING_PAGE.stored(
              MonitoringTaskCreatedListener.page(code, task.getId())));
    }
    return unlinked.size();
  }
}
