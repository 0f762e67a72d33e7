package org.plandesk.document;

import java.time.Instant;

/**
 * A stored document of a grant request: the DOCX with its SHA-256, and the PDF rendition with the
 * real page count where LibreOffice was available (else null: "not available").
 */
public record StoredGrantDocument(
    long id,
    long grantId,
    GrantDocumentEdition edition,
    String language,
    String fileName,
    byte[] docx,
    String docxSha256,
    byte[] pdf,
    String pdfSha256,
    Integer pageCount,
    Instant generatedAt,
    String generatedBy) {

  public boolean hasPdf() {
    return pdf != null;
  }
}
