package org.plandesk.notification;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.plandesk.process.BpmnParsing;
import org.plandesk.process.PlanDeskProcess;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives every user task of PlanDesk's own processes (plan version, plan review, grant request) a
 * "create" and an "assignment" listener that mails the people who should work it ({@link
 * TaskMailListener}), so no BPMN file has to declare them. Registered with the engine as a plugin;
 * the listener bean is looked up when a task event fires, because it needs engine services that
 * exist only after the engine is built.
 *
 * <p>Other processes deployed to the same engine get no PlanDesk mails: their tasks are about no
 * plan, their people may not be PlanDesk's, and a test baseline must run as bare Camunda.
 */
@Component
class TaskMailPlugin extends AbstractProcessEnginePlugin {

  /**
   * The keys of the processes whose user tasks are mailed: the ones PlanDesk deploys from {@code
   * processes/}.
   */
  private final Set<String> processes;

  private final ObjectProvider<TaskMailListener> listener;

  TaskMailPlugin(List<PlanDeskProcess> processes, ObjectProvider<TaskMailListener> listener) {
    this.processes = processes.stream().map(PlanDeskProcess::key).collect(Collectors.toSet());
    this.listener = listener;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    TaskListener mail = (DelegateTask task) -> listener.getObject().notify(task);
    BpmnParsing.onEveryUserTask(
        configuration,
        (processKey, activity, definition) -> {
          if (processes.contains(processKey)) {
            definition.addTaskListener(TaskListener.EVENTNAME_CREATE, mail);
            definition.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, mail);
          }
        });
  }
}
