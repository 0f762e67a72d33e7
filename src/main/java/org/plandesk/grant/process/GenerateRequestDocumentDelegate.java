package org.plandesk.grant.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.plandesk.grant.GrantDocumentEdition;
import org.plandesk.grant.GrantDocuments;
import org.springframework.stereotype.Component;

/**
 * {@code Task_GenerateRequestDocument} (asynchronous, after the director's approval is committed):
 * generates and stores the request document. Reads grantId. A failure is a technical error: the job
 * retries and then becomes an incident; the generation is idempotent, so a retry never makes a
 * second document.
 */
@Component("generateRequestDocument")
class GenerateRequestDocumentDelegate implements JavaDelegate {

  private final GrantDocuments documents;

  GenerateRequestDocumentDelegate(GrantDocuments documents) {
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    documents.generate(
        GrantRequestVariables.of(execution).grantId(), GrantDocumentEdition.REQUEST, "plandesk");
  }
}
