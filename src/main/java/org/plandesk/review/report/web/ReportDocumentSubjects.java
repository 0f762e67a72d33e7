package org.plandesk.review.report.web;

import java.util.List;
import org.plandesk.document.DocumentSubjects;
import org.plandesk.document.StoredDocument;
import org.plandesk.review.report.ReportDocuments;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Documents of yearly implementation reports through the download API ({@code
 * /api/reports/{id}/...}): {@code document.docx} and {@code .pdf} give the signed-off report, or
 * the edition named by {@code ?edition=DRAFT_1|DRAFT_2|...|SIGNED_OFF}; without one, the latest the
 * reader may read. Drafts are refused (403) to those who may not read them ({@link ReportReaders}).
 */
@Component
class ReportDocumentSubjects implements DocumentSubjects {

  private final ReportDocuments documents;

  ReportDocumentSubjects(ReportDocuments documents) {
    this.documents = documents;
  }

  @Override
  public String collection() {
    return "reports";
  }

  @Override
  public boolean hasEditions() {
    return true;
  }

  @Override
  public StoredDocument document(long id, String edition) {
    String asked = edition == null || edition.isBlank() ? null : edition.strip();
    if (ReportReaders.mayReadDrafts()) {
      return documents.document(id, asked);
    }
    if (ReportDocuments.isDraft(asked)) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN,
          "Drafts of a report are read by the coordinator, the director and the auditors");
    }
    return documents.document(id, ReportDocuments.SIGNED_OFF);
  }

  @Override
  public List<StoredDocument> regenerate(long id, String user) {
    return documents.regenerate(id);
  }
}
