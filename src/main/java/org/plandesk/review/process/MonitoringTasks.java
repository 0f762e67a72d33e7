package org.plandesk.review.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The monitoring tasks ({@code Task_RecordMonitoringResult}) seen from PlanDesk's monitoring page
 * in {@code review.monitoring}: which plan, version and instrument a task is about, who may work
 * it, and its completion with the result typed on the page. Completing runs the task's complete
 * listener ({@link MonitoringResultRecordedListener}), which records the result, in the caller's
 * transaction: the result is stored and the task completed together, or neither.
 */
@Component
public class MonitoringTasks {

  private final TaskService tasks;
  private final IdentityService identity;

  MonitoringTasks(TaskService tasks, IdentityService identity) {
    this.tasks = tasks;
    this.identity = identity;
  }

  /**
   * An open monitoring task.
   *
   * @param due the day it is due, or null
   * @param assignee who claimed it, or null
   * @param candidateGroups the groups that may work it
   */
  public record MonitoringTask(
      String id,
      String planCode,
      long versionId,
      String instrument,
      LocalDate due,
      String assignee,
      Set<String> candidateGroups) {

    /**
     * Whether this user (with these groups) may work the task: its holder or, unheld, a group's.
     */
    public boolean workableBy(String userId, Set<String> groups) {
      if (assignee != null) {
        return assignee.equals(userId);
      }
      return candidateGroups.stream().anyMatch(groups::contains);
    }
  }

  /** The result typed on the page: every indicator's value by its number in the plan, from 1. */
  public record Result(
      LocalDate date,
      String summary,
      String figures,
      Map<Integer, BigDecimal> values,
      boolean lastUse) {}

  /** An open monitoring task by its id. */
  public Optional<MonitoringTask> find(String taskId) {
    Task task =
        tasks
            .createTaskQuery()
            .taskId(taskId)
            .taskDefinitionKey(PlanReviewProcess.RECORD_MONITORING_RESULT)
            .singleResult();
    return Optional.ofNullable(task).map(this::monitoringTask);
  }

  /** The open monitoring tasks of a version in force, earliest due first. */
  public List<MonitoringTask> open(long versionId) {
    return tasks
        .createTaskQuery()
        .processDefinitionKey(PlanReviewProcess.KEY)
        .taskDefinitionKey(PlanReviewProcess.RECORD_MONITORING_RESULT)
        .processVariableValueEquals(
            PlanReviewVariables.VERSION_ID.name(), PlanReviewVariables.VERSION_ID.stored(versionId))
        .orderByDueDate()
        .asc()
        .list()
        .stream()
        .map(this::monitoringTask)
        .toList();
  }

  /**
   * Completes the task with the result, in the user's name (the engine checks that they may work
   * it); an unheld task is first claimed for them, so the trail says who completed it.
   */
  public void complete(String taskId, String userId, Set<String> groups, Result result) {
    StringBuilder lines = new StringBuilder();
    result
        .values()
        .forEach(
            (number, value) ->
                lines.append(number).append(" = ").append(value.toPlainString()).append('\n'));
    Map<String, Object> vars = new HashMap<>();
    vars.put(
        PlanReviewVariables.RESULT_DATE.name(),
        PlanReviewVariables.RESULT_DATE.stored(result.date()));
    vars.put(
        PlanReviewVariables.RESULT_SUMMARY.name(),
        PlanReviewVariables.RESULT_SUMMARY.stored(result.summary()));
    vars.put(
        PlanReviewVariables.RESULT_FIGURES.name(),
        PlanReviewVariables.RESULT_FIGURES.stored(result.figures()));
    vars.put(
        PlanReviewVariables.INDICATOR_VALUES.name(),
        PlanReviewVariables.INDICATOR_VALUES.stored(lines.toString().strip()));
    vars.put(
        PlanReviewVariables.FINAL_RESULT.name(),
        PlanReviewVariables.FINAL_RESULT.stored(result.lastUse()));
    Authentication before = identity.getCurrentAuthentication();
    identity.setAuthentication(userId, List.copyOf(groups));
    try {
      Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
      if (task != null && task.getAssignee() == null) {
        tasks.claim(taskId, userId);
      }
      tasks.complete(taskId, vars);
    } finally {
      if (before == null) {
        identity.clearAuthentication();
      } else {
        identity.setAuthentication(before);
      }
    }
  }

  private MonitoringTask monitoringTask(Task task) {
    Map<String, Object> vars =
        tasks.getVariables(
            task.getId(),
            List.of(
                PlanReviewVariables.PLAN_CODE.name(),
                PlanReviewVariables.VERSION_ID.name(),
                PlanReviewVariables.INSTRUMENT.name()));
    Set<String> groups =
        tasks.getIdentityLinksForTask(task.getId()).stream()
            .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
            .map(l -> l.getGroupId())
            .collect(Collectors.toSet());
    LocalDate due =
        task.getDueDate() == null
            ? null
            : LocalDateTime.ofInstant(task.getDueDate().toInstant(), ZoneId.systemDefault())
                .toLocalDate();
    return new MonitoringTask(
        task.getId(),
        PlanReviewVariables.PLAN_CODE.valueOf(vars.get(PlanReviewVariables.PLAN_CODE.name())),
        PlanReviewVariables.VERSION_ID.valueOf(vars.get(PlanReviewVariables.VERSION_ID.name())),
        PlanReviewVariables.INSTRUMENT.valueOf(vars.get(PlanReviewVariables.INSTRUMENT.name())),
        due,
        task.getAssignee(),
        groups);
  }
}
