package org.plandesk.review.report.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.plandesk.review.report.ReportDocuments;
import org.springframework.stereotype.Component;

/**
 * {@code Task_GenerateSignedOffReport} (asynchronous, after the sign-off is committed): generates
 * and archives the signed-off report with the director's name and date. Reads reportId. A failure
 * retries and then becomes an incident; the sign-off stays, and a retry never stores a second
 * document.
 */
@Component("generateSignedOffReport")
class GenerateSignedOffReportDelegate implements JavaDelegate {

  private final ReportDocuments documents;

  GenerateSignedOffReportDelegate(ReportDocuments documents) {
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    documents.generateSignedOff(ImplementationReportVariables.of(execution).reportId());
  }
}
