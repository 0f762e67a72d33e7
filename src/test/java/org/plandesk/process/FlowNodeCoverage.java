package org.plandesk.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Every flow node of a diagram is reached by the tests of one class, in whatever order they run.
 * Registered in a process test class ({@code @RegisterExtension static FlowNodeCoverage coverage =
 * new FlowNodeCoverage(PlanVersionProcess.KEY)}), it notes the activity instances the engine's
 * history already holds before the class (other classes share the application context), and after
 * the last test fails the class if a flow node was reached by none of its tests.
 */
public final class FlowNodeCoverage implements BeforeAllCallback, AfterAllCallback {

  private final String processKey;
  private final Set<String> before = new HashSet<>();

  public FlowNodeCoverage(String processKey) {
    this.processKey = processKey;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    before.clear();
    activities(engine(context)).forEach(a -> before.add(a.getId()));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    ProcessEngine engine = engine(context);
    Set<String> reached =
        activities(engine).stream()
            .filter(a -> !before.contains(a.getId()))
            .map(HistoricActivityInstance::getActivityId)
            .collect(Collectors.toSet());
    Set<String> nodes = flowNodes(engine);
    Set<String> missed = new TreeSet<>(nodes);
    missed.removeAll(reached);
    System.getLogger("coverage")
        .log(
            System.Logger.Level.INFO,
            "{0} flow-node coverage: {1}/{2}",
            processKey,
            nodes.size() - missed.size(),
            nodes.size());
    assertThat(missed).as("flow nodes of %s no test reached", processKey).isEmpty();
  }

  private java.util.List<HistoricActivityInstance> activities(ProcessEngine engine) {
    return engine
        .getHistoryService()
        .createHistoricActivityInstanceQuery()
        .processDefinitionId(latestDefinitionId(engine))
        .list();
  }

  private Set<String> flowNodes(ProcessEngine engine) {
    return engine
        .getRepositoryService()
        .getBpmnModelInstance(latestDefinitionId(engine))
        .getModelElementsByType(FlowNode.class)
        .stream()
        .map(FlowNode::getId)
        .collect(Collectors.toSet());
  }

  private String latestDefinitionId(ProcessEngine engine) {
    return engine
        .getRepositoryService()
        .createProcessDefinitionQuery()
        .processDefinitionKey(processKey)
        .latestVersion()
        .singleResult()
        .getId();
  }

  private static ProcessEngine engine(ExtensionContext context) {
    return SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class);
  }
}
