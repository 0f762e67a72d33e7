package org.plandesk.acknowledge.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.plandesk.acknowledge.Acknowledgements;
import org.springframework.stereotype.Component;

/**
 * {@code Task_CloseOpenAcknowledgements}: the version was superseded or retired; its open
 * acknowledgements close (the confirmations given stay). Reads versionId and closedReason.
 */
@Component("closeOpenAcknowledgements")
class CloseOpenAcknowledgementsDelegate implements JavaDelegate {

  private final Acknowledgements acknowledgements;

  CloseOpenAcknowledgementsDelegate(Acknowledgements acknowledgements) {
    this.acknowledgements = acknowledgements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var vars = VersionAcknowledgementVariables.of(execution);
    acknowledgements.close(vars.versionId(), vars.closedReason());
  }
}
