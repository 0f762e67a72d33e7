package org.plandesk.notification;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives every user task of every deployed process a "create" and an "assignment" listener that
 * mails the people who should work it ({@link TaskMailListener}), so no BPMN file has to declare
 * them. Registered with the engine as a plugin; the listener bean is looked up when a task event
 * fires, because it needs engine services that exist only after the engine is built.
 */
@Component
class TaskMailPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<TaskMailListener> listener;

  TaskMailPlugin(ObjectProvider<TaskMailListener> listener) {
    this.listener = listener;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    TaskListener mail = (DelegateTask task) -> listener.getObject().notify(task);
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        definition.addTaskListener(TaskListener.EVENTNAME_CREATE, mail);
        definition.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, mail);
      }
    });
  }
}
