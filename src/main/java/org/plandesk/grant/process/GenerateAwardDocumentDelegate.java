package org.plandesk.grant.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.plandesk.grant.GrantDocumentEdition;
import org.plandesk.grant.GrantDocuments;
import org.springframework.stereotype.Component;

/**
 * {@code Task_GenerateAwardDocument} (asynchronous, after the funder's award is committed):
 * generates and stores the award document, the request with the amount awarded, the conditions and
 * the reporting obligations. Reads grantId. Retries, then an incident; idempotent like the request
 * document.
 */
@Component("generateAwardDocument")
class GenerateAwardDocumentDelegate implements JavaDelegate {

  private final GrantDocuments documents;

  GenerateAwardDocumentDelegate(GrantDocuments documents) {
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    documents.generate(
        GrantRequestVariables.of(execution).grantId(), GrantDocumentEdition.AWARD, "plandesk");
  }
}
