package org.plandesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * What Camunda 7.24 does with a start event's {@code camunda:formRef} expression, on a bare engine:
 * it takes the expression's text as the form's key (a user task's it evaluates), so a start form
 * cannot be chosen per language without {@link LanguagePlugin}; with it, the expression is
 * evaluated each time the form is asked for.
 */
class StartFormRefTest {

  /** A bean the expressions call: its answer changes between two requests of the form. */
  public static final class Picker {
    private String form = "start-en";

    public String form() {
      return form;
    }
  }

  private static final BpmnModelInstance PROCESS =
      Bpmn.createExecutableProcess("starting")
          .camundaHistoryTimeToLive(1)
          .startEvent("Start")
          .camundaFormRef("${picker.form()}")
          .camundaFormRefBinding("latest")
          .userTask("Task")
          .camundaFormRef("${picker.form()}")
          .camundaFormRefBinding("latest")
          .endEvent()
          .done();

  @Test
  void aBareEngineTakesAStartEventsFormRefExpressionAsWritten() {
    Picker picker = new Picker();
    ProcessEngine engine = engine(picker, List.of());
    try {
      String definition = deploy(engine);
      assertThat(startFormRef(engine, definition)).isEqualTo("${picker.form()}");

      var instance = engine.getRuntimeService().startProcessInstanceById(definition);
      var task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId());
      assertThat(
              engine
                  .getFormService()
                  .getTaskFormData(task.singleResult().getId())
                  .getCamundaFormRef()
                  .getKey())
          .as("a user task's it evaluates")
          .isEqualTo("start-en");
    } finally {
      engine.close();
    }
  }

  @Test
  void withThePluginTheStartEventsFormRefIsEvaluatedEachTime() {
    Picker picker = new Picker();
    LanguagePlugin plugin =
        new LanguagePlugin(new StaticListableBeanFactory().getBeanProvider(WorkLanguage.class));
    ProcessEngine engine = engine(picker, List.of(plugin));
    try {
      String definition = deploy(engine);
      assertThat(startFormRef(engine, definition)).isEqualTo("start-en");
      picker.form = "start-hu";
      assertThat(startFormRef(engine, definition)).isEqualTo("start-hu");
    } finally {
      engine.close();
    }
  }

  private static ProcessEngine engine(Picker picker, List<ProcessEnginePlugin> plugins) {
    var configuration =
        (ProcessEngineConfigurationImpl)
            ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:start-form-ref-" + System.nanoTime())
                .setProcessEngineName("start-form-ref-" + System.nanoTime())
                .setJobExecutorActivate(false);
    configuration.setBeans(Map.of("picker", picker));
    configuration.setProcessEnginePlugins(plugins);
    return configuration.buildProcessEngine();
  }

  private static String deploy(ProcessEngine engine) {
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance("starting.bpmn", PROCESS)
        .deploy();
    return engine
        .getRepositoryService()
        .createProcessDefinitionQuery()
        .processDefinitionKey("starting")
        .singleResult()
        .getId();
  }

  private static String startFormRef(ProcessEngine engine, String definition) {
    return engine.getFormService().getStartFormData(definition).getCamundaFormRef().getKey();
  }
}
