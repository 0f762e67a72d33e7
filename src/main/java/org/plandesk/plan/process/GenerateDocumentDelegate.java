package org.plandesk.plan.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.plandesk.plan.PlanDocuments;
import org.springframework.stereotype.Component;

/**
 * {@code Task_GenerateDocument} (asynchronous, after the approval is committed): generates and
 * stores the approved document. Reads versionId. A failure is a technical error: the job retries
 * and then becomes an incident; the generation is idempotent, so a retry never makes a second
 * document.
 */
@Component("generateDocument")
class GenerateDocumentDelegate implements JavaDelegate {

  private final PlanDocuments documents;

  GenerateDocumentDelegate(PlanDocuments documents) {
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    documents.generateApproved(PlanVersionVariables.of(execution).versionId(), "plandesk");
  }
}
