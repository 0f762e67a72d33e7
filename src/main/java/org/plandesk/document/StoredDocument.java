package org.plandesk.document;

import java.time.Instant;

/**
 * A stored document of any subject: the DOCX with its SHA-256, and the PDF rendition with the real
 * page count where LibreOffice was available (else null: "not available"). The page count lives
 * here only.
 *
 * @param edition which of its subject's documents this is (e.g. {@code APPROVED}, {@code AWARD})
 * @param language the language of its labels, dates and numbers
 */
public record StoredDocument(
    long id,
    DocumentSubject subject,
    String edition,
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
