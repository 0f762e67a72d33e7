package org.plandesk.tasklist;

import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.impl.form.handler.StartFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * A start event's form handler whose {@code camunda:formRef} is an expression, evaluated each time
 * the start form is asked for, as the engine does for user tasks. There is no process yet: the
 * expression sees no variables ({@link StartProcessVariableScope}), only beans and the signed-in
 * user. Everything else is the engine's own handler.
 */
final class EvaluatedStartFormRef implements StartFormHandler {

  private final StartFormHandler engine;
  private final Expression formRef;

  EvaluatedStartFormRef(StartFormHandler engine, Expression formRef) {
    this.engine = engine;
    this.formRef = formRef;
  }

  @Override
  public StartFormData createStartFormData(ProcessDefinitionEntity processDefinition) {
    StartFormData data = engine.createStartFormData(processDefinition);
    if (data.getCamundaFormRef() instanceof CamundaFormRefImpl ref) {
      Object key = formRef.getValue(StartProcessVariableScope.getSharedInstance());
      ref.setKey(key == null ? null : key.toString());
    }
    return data;
  }

  @Override
  public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
    engine.submitFormVariables(properties, variableScope);
  }

  @Override
  public void parseConfiguration(
      Element activityElement,
      DeploymentEntity deployment,
      ProcessDefinitionEntity processDefinition,
      BpmnParse bpmnParse) {
    engine.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
  }
}
