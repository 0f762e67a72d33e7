package org.plandesk.acknowledge.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.plandesk.acknowledge.Acknowledgements;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RemindMissing}, reached only when {@code Event_ReminderDue} fires (a service task, so
 * a cancelled wait reminds nobody): each person who has not confirmed is reminded. Reads versionId.
 */
@Component("remindMissingAcknowledgements")
class RemindMissingDelegate implements JavaDelegate {

  private final Acknowledgements acknowledgements;

  RemindMissingDelegate(Acknowledgements acknowledgements) {
    this.acknowledgements = acknowledgements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    acknowledgements.remind(VersionAcknowledgementVariables.of(execution).versionId());
  }
}
