package org.plandesk.tasklist;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Lets the Tasklist show PlanDesk's processes in the language people work in ({@link
 * WorkLanguage}), with nothing declared in the BPMN files but their {@code camunda:formRef}:
 *
 * <ul>
 *   <li><b>Start forms</b>: Camunda 7.24 evaluates a user task's formRef expression, but takes a
 *       start event's as written ({@code DefaultStartFormHandler} uses the expression's text), so
 *       {@code ${formLanguage.ofSignedInUser('start-plan-version')}} would name no form. The start
 *       event's form handler is wrapped to evaluate it ({@link EvaluatedStartFormRef}); a literal
 *       formRef stays as it is.
 *   <li><b>Task names</b>: every user task that {@link TaskNames} names gets a create listener that
 *       sets its name in the task's language. It only names: it mails, escalates and records
 *       nothing. The BPMN name stays the English one.
 * </ul>
 */
@Component
class LanguagePlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<WorkLanguage> languages;
  private final TaskNames names = TaskNames.load();

  LanguagePlugin(ObjectProvider<WorkLanguage> languages) {
    this.languages = languages;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration
        .getCustomPostBPMNParseListeners()
        .add(
            new AbstractBpmnParseListener() {
              @Override
              public void parseStartEvent(
                  Element element, ScopeImpl scope, ActivityImpl startEvent) {
                if (scope instanceof ProcessDefinitionEntity process
                    && process.getInitial() == startEvent
                    && process.getStartFormHandler() != null
                    && process.getStartFormDefinition() != null) {
                  Expression formRef =
                      process.getStartFormDefinition().getCamundaFormDefinitionKey();
                  if (formRef != null && !formRef.isLiteralText()) {
                    process.setStartFormHandler(
                        new EvaluatedStartFormRef(process.getStartFormHandler(), formRef));
                  }
                }
              }

              @Override
              public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                // The parser sets the key before it parses the process's elements.
                if (scope.getProcessDefinition() instanceof ProcessDefinitionEntity process
                    && names.names(process.getKey(), activity.getId())) {
                  ((UserTaskActivityBehavior) activity.getActivityBehavior())
                      .getTaskDefinition()
                      .addTaskListener(
                          TaskListener.EVENTNAME_CREATE,
                          new Naming(process.getKey(), activity.getId()));
                }
              }
            });
  }

  /** Names one user task of one process in its language when it is created. */
  private final class Naming implements TaskListener {

    private final String processKey;
    private final String taskId;

    Naming(String processKey, String taskId) {
      this.processKey = processKey;
      this.taskId = taskId;
    }

    @Override
    public void notify(DelegateTask task) {
      names.of(processKey, taskId, languages.getObject().of(task)).ifPresent(task::setName);
    }
  }
}
