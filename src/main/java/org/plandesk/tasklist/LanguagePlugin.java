package org.plandesk.tasklist;

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
import org.plandesk.process.BpmnParsing;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Lets the Tasklist show PlanDesk's processes in the language people work in ({@link
 * WorkLanguage}), with nothing declared in the BPMN files but their plain {@code camunda:formRef}
 * (the English form's id, which the diagram, Modeler and the model checks read):
 *
 * <ul>
 *   <li><b>Task forms</b>: a user task's literal formRef {@code draft-version} becomes the
 *       expression {@code ${formLanguage.of('draft-version', task)}}, evaluated by the engine when
 *       the Tasklist asks for the form: {@code draft-version-hu} for a Hungarian plan.
 *   <li><b>Start forms</b>: Camunda 7.24 takes a start event's formRef as written ({@code
 *       DefaultStartFormHandler} uses an expression's text), so the start event's form handler is
 *       wrapped to evaluate {@code ${formLanguage.ofSignedInUser('start-plan-version')}} ({@link
 *       EvaluatedStartFormRef}): the form in the signed-in user's language.
 *   <li><b>Task names</b>: every user task that {@link TaskNames} names gets a create listener that
 *       sets its name in the task's language. It only names: it mails, escalates and records
 *       nothing. The BPMN name stays the English one.
 * </ul>
 */
@Component
class LanguagePlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<WorkLanguage> languages;
  private final TaskNames names = TaskNames.load();
  private ProcessEngineConfigurationImpl configuration;

  LanguagePlugin(ObjectProvider<WorkLanguage> languages) {
    this.languages = languages;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    BpmnParsing.after(
        configuration,
        new AbstractBpmnParseListener() {
          @Override
          public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl startEvent) {
            if (scope instanceof ProcessDefinitionEntity process
                && process.getInitial() == startEvent
                && process.getStartFormHandler() != null
                && process.getStartFormDefinition() != null) {
              Expression formRef = process.getStartFormDefinition().getCamundaFormDefinitionKey();
              if (formRef != null && formRef.isLiteralText()) {
                process.setStartFormHandler(
                    new EvaluatedStartFormRef(
                        process.getStartFormHandler(),
                        expression(
                            "${formLanguage.ofSignedInUser('"
                                + formRef.getExpressionText()
                                + "')}")));
              }
            }
          }

          @Override
          public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            var form =
                ((UserTaskActivityBehavior) activity.getActivityBehavior())
                    .getTaskDefinition()
                    .getFormDefinition();
            Expression formRef = form.getCamundaFormDefinitionKey();
            if (formRef != null && formRef.isLiteralText()) {
              form.setCamundaFormDefinitionKey(
                  expression("${formLanguage.of('" + formRef.getExpressionText() + "', task)}"));
            }
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

  private Expression expression(String text) {
    return configuration.getExpressionManager().createExpression(text);
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
