package org.plandesk.review.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * Create listener of {@code Task_RecordMonitoringResult}: gives the task the address of PlanDesk's
 * page where its result is recorded ({@code monitoringPage}, local to the task, relative so that it
 * works on any host), which the task's form links to. Reads planCode.
 */
@Component("monitoringTaskCreated")
class MonitoringTaskCreatedListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String code = PlanReviewVariables.PLAN_CODE.get(task);
    task.setVariableLocal(
        PlanReviewVariables.MONITORING_PAGE.name(),
        PlanReviewVariables.MONITORING_PAGE.stored(page(code, task.getId())));
  }

  /** The monitoring page of a task of a plan. */
  static String page(String planCode, String taskId) {
    return "/plans/"
        + UriUtils.encodePathSegment(planCode, java.nio.charset.StandardCharsets.UTF_8)
        + "/monitoring/"
        + UriUtils.encodePathSegment(taskId, java.nio.charset.StandardCharsets.UTF_8);
  }
}
