package org.plandesk.review.report.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.plandesk.review.report.ReportDocuments;
import org.springframework.stereotype.Component;

/**
 * {@code Task_GenerateReportDraft} (asynchronous, after the request or the revision is committed):
 * generates and stores the draft of the round and gives the director's form its links and summary.
 * Reads reportId; writes draftUrl, draftPdfUrl and reportSummary. A failure is technical: the job
 * retries and then becomes an incident; the generation is idempotent per round.
 */
@Component("generateReportDraft")
class GenerateReportDraftDelegate implements JavaDelegate {

  private final ReportDocuments documents;

  GenerateReportDraftDelegate(ReportDocuments documents) {
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var vars = ImplementationReportVariables.of(execution);
    long id = vars.reportId();
    String edition = documents.generateDraft(id).edition();
    vars.setDraft(
        ReportLinks.docx(id, edition), ReportLinks.pdf(id, edition), documents.summary(id));
  }
}
