package org.plandesk.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
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
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    TaskListener mail = (DelegateTask task) -> listener.getObject().notify(task);
    configuration
        .getCustomPostBPMNParseListeners()
        .add(
            new AbstractBpmnParseListener() {
              @Override
              public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                // The parser sets the key before it parses the process's elements.
                if (!(scope.getProcessDefinition() instanceof ProcessDefinitionEntity process)
                    || !processes.contains(process.getKey())) {
                  return;
                }
                var definition =
                    ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                definition.addTaskListener(TaskListener.EVENTNAME_CREATE, mail);
                definition.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, mail);
              }
            });
  }
}
