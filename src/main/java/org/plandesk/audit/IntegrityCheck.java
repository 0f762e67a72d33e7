package org.plandesk.audit;

import org.plandesk.document.DocumentArchive;
import org.plandesk.document.StoredDocument;
import org.plandesk.plan.PlanDocuments;
import org.plandesk.plan.PlanNotFound;
import org.springframework.stereotype.Service;

/** Checks a stored document against the SHA-256 recorded when it was generated. */
@Service
public class IntegrityCheck {

  private final PlanDocuments documents;

  IntegrityCheck(PlanDocuments documents) {
    this.documents = documents;
  }

  /** The recorded and the recomputed hash of a version's DOCX (and PDF), and whether they match. */
  public record Result(
      long versionId,
      String fileName,
      String recorded,
      String actual,
      boolean docxIntact,
      Boolean pdfIntact) {

    public boolean intact() {
      return docxIntact && (pdfIntact == null || pdfIntact);
    }
  }

  public Result check(long versionId) {
    StoredDocument d =
        documents
            .approved(versionId)
            .orElseThrow(() -> new PlanNotFound("plan.document.none", String.valueOf(versionId)));
    String actual = DocumentArchive.sha256(d.docx());
    Boolean pdf = d.pdf() == null ? null : DocumentArchive.sha256(d.pdf()).equals(d.pdfSha256());
    return new Result(
        versionId, d.fileName(), d.docxSha256(), actual, actual.equals(d.docxSha256()), pdf);
  }
}
