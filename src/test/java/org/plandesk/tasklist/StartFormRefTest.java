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
 * cannot be chosen per language without {@link LanguagePlugin}. With it, the BPMN's plain formRef
 * ({@code start-plan}, {@code task-form}) is chosen in the language {@code formLanguage} gives,
 * each time the form is asked for.
 */
class StartFormRefTest {

  /** A bean the expressions call: its answer changes between two requests of the form. */
  public static final class Picker {
    private String form = "start-en";

    public String form() {
      return form;
    }
  }

  /** Stands for {@link FormLanguage}: the variant of a form in the language of the moment. */
  public static final class Languages {
    private String language = "en";

    public String ofSignedInUser(String form) {
      return form + "-" + language;
    }

    public String of(String form, Object task) {
      return form + "-" + language;
    }
  }

  private static final BpmnModelInstance PLAIN =
      Bpmn.createExecutableProcess("starting")
          .camundaHistoryTimeToLive(1)
          .startEvent("Start")
          .camundaFormRef("start-plan")
          .camundaFormRefBinding("latest")
          .userTask("Task")
          .camundaFormRef("task-form")
          .camundaFormRefBinding("latest")
          .endEvent()
          .done();

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
    ProcessEngine engine = engine(Map.of("picker", picker), List.of());
    try {
      String definition = deploy(engine, PROCESS);
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
  void withThePluginThePlainFormRefsAreChosenInTheLanguageOfTheMoment() {
    Languages languages = new Languages();
    LanguagePlugin plugin =
        new LanguagePlugin(new StaticListableBeanFactory().getBeanProvider(WorkLanguage.class));
    ProcessEngine engine = engine(Map.of("formLanguage", languages), List.of(plugin));
    try {
      String definition = deploy(engine, PLAIN);
      assertThat(startFormRef(engine, definition)).isEqualTo("start-plan-en");
      languages.language = "hu";
      assertThat(startFormRef(engine, definition)).isEqualTo("start-plan-hu");

      var instance = engine.getRuntimeService().startProcessInstanceById(definition);
      var task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId());
      languages.language = "sv";
      assertThat(
              engine
                  .getFormService()
                  .getTaskFormData(task.singleResult().getId())
                  .getCamundaFormRef()
                  .getKey())
          .isEqualTo("task-form-sv");
    } finally {
      engine.close();
    }
  }

  private static ProcessEngine engine(
      Map<Object, Object> beans, List<ProcessEnginePlugin> plugins) {
    var configuration =
        (ProcessEngineConfigurationImpl)
            ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:start-form-ref-" + System.nanoTime())
                .setProcessEngineName("start-form-ref-" + System.nanoTime())
                .setJobExecutorActivate(false);
    configuration.setBeans(beans);
    configuration.setProcessEnginePlugins(plugins);
    return configuration.buildProcessEngine();
  }

  private static String deploy(ProcessEngine engine, BpmnModelInstance process) {
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance("starting.bpmn", process)
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
