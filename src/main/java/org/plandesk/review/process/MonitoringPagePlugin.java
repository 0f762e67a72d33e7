package org.plandesk.review.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.task.listener.DelegateExpressionTaskListener;
import org.plandesk.process.BpmnParsing;
import org.springframework.stereotype.Component;

/**
 * Gives {@code Task_RecordMonitoringResult} of every version of plan-review its create listener
 * ({@link MonitoringTaskCreatedListener}, which sets {@code monitoringPage}), also of versions
 * deployed before the BPMN declared it: a review keeps its definition for as long as its plan is in
 * force and creates a new monitoring task at each use of an instrument, so without this the
 * monitoring tasks of plans that entered into force earlier would never link to PlanDesk's page.
 * Definitions that declare the listener are left as they are.
 */
@Component
class MonitoringPagePlugin extends AbstractProcessEnginePlugin {

  /** The listener as plan-review.bpmn declares it. */
  static final String DECLARED = "${monitoringTaskCreated}";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    BpmnParsing.onEveryUserTask(
        configuration,
        (processKey, activity, task) -> {
          if (PlanReviewProcess.KEY.equals(processKey)
              && PlanReviewProcess.RECORD_MONITORING_RESULT.equals(activity.getId())
              && !declared(task)) {
            task.addTaskListener(
                TaskListener.EVENTNAME_CREATE, new MonitoringTaskCreatedListener());
          }
        });
  }

  private static boolean declared(TaskDefinition task) {
    List<TaskListener> created = task.getTaskListenersForEvent(TaskListener.EVENTNAME_CREATE);
    return created != null
        && created.stream()
            .anyMatch(
                l ->
                    l instanceof DelegateExpressionTaskListener d
                        && DECLARED.equals(d.getExpressionText()));
  }
}
