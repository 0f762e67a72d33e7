package org.plandesk.acknowledge.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.plandesk.acknowledge.Acknowledgements;
import org.springframework.stereotype.Component;

/**
 * {@code Task_OpenAcknowledgements}: asks every member of the chosen groups (all staff when none)
 * to read and confirm the version, in the transaction of its entry into force. Reads versionId and
 * acknowledgeGroups; writes askedCount.
 */
@Component("openAcknowledgements")
class OpenAcknowledgementsDelegate implements JavaDelegate {

  private final Acknowledgements acknowledgements;

  OpenAcknowledgementsDelegate(Acknowledgements acknowledgements) {
    this.acknowledgements = acknowledgements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var vars = VersionAcknowledgementVariables.of(execution);
    vars.setAskedCount(acknowledgements.open(vars.versionId(), vars.groups()));
  }
}
