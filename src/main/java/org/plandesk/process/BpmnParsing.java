package org.plandesk.process;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Lets an engine plugin change what the engine parses (listeners the BPMN files need not declare, a
 * form chosen by language), for every version of every process: the engine parses a definition when
 * it deploys it and again when it first needs an older one after a start, so older definitions get
 * it as well.
 */
public final class BpmnParsing {

  /** What to do with one parsed user task. */
  @FunctionalInterface
  public interface OnUserTask {

    /**
     * @param processKey the key of the process the task belongs to
     * @param activity the task's element (its id is the BPMN element's)
     * @param task its task definition, to which listeners may be added
     */
    void parsed(String processKey, ActivityImpl activity, TaskDefinition task);
  }

  private BpmnParsing() {}

  /** Registers the listener, after the engine's own parsing, in a plugin's {@code preInit}. */
  public static void after(
      ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(listener);
  }

  /** Registers the action on every user task, after the engine's own parsing, in a preInit. */
  public static void onEveryUserTask(
      ProcessEngineConfigurationImpl configuration, OnUserTask action) {
    after(
        configuration,
        new AbstractBpmnParseListener() {
          @Override
          public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            // The parser sets the key before it parses the process's elements.
            if (scope.getProcessDefinition() instanceof ProcessDefinitionEntity process
                && activity.getActivityBehavior() instanceof UserTaskActivityBehavior task) {
              action.parsed(process.getKey(), activity, task.getTaskDefinition());
            }
          }
        });
  }
}
