package org.plandesk.acknowledge.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.plandesk.acknowledge.Acknowledgements;
import org.springframework.stereotype.Component;

/**
 * {@code Task_EscalateMissing}, reached only when {@code Event_EscalationDue} fires: the
 * coordinator is told who has still not confirmed. Reads versionId.
 */
@Component("escalateMissingAcknowledgements")
class EscalateMissingDelegate implements JavaDelegate {

  private final Acknowledgements acknowledgements;

  EscalateMissingDelegate(Acknowledgements acknowledgements) {
    this.acknowledgements = acknowledgements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    acknowledgements.escalate(VersionAcknowledgementVariables.of(execution).versionId());
  }
}
