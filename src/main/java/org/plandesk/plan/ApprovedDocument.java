package org.plandesk.plan;

import java.time.Instant;
import org.plandesk.document.DocumentInfo;
import org.plandesk.document.DocumentSubject;

/**
 * The approved document of a version as PlanDesk's pages and API show it: its facts without the
 * files (name, hash, whether a PDF exists, page count) and the addresses of its downloads. In the
 * document archive it is the {@value #EDITION} edition of subject {@value #KIND} and the version's
 * id.
 */
public record ApprovedDocument(
    long versionId,
    String fileName,
    String sha256,
    boolean pdfAvailable,
    Integer pageCount,
    Instant generatedAt,
    String pdfStatus) {

  /** The kind of subject of plan versions' documents in the archive. */
  public static final String KIND = "PLAN_VERSION";

  /** A version's one document: the controlled document generated at its approval. */
  public static final String EDITION = "APPROVED";

  static DocumentSubject subject(long versionId) {
    return new DocumentSubject(KIND, versionId);
  }

  static ApprovedDocument of(DocumentInfo info) {
    return new ApprovedDocument(
        info.subject().id(),
        info.fileName(),
        info.sha256(),
        info.pdfAvailable(),
        info.pageCount(),
        info.generatedAt(),
        info.pdfStatus());
  }

  public String docxLink() {
    return "/api/versions/" + versionId + "/document.docx";
  }

  public String pdfLink() {
    return "/api/versions/" + versionId + "/document.pdf";
  }
}
