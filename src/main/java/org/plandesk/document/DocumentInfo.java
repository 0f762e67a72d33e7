package org.plandesk.document;

import java.time.Instant;

/**
 * A stored document's facts without its bytes (for pages and lists): name, hash, whether a PDF
 * exists, page count.
 */
public record DocumentInfo(
    DocumentSubject subject,
    String edition,
    String fileName,
    String sha256,
    boolean pdfAvailable,
    Integer pageCount,
    Instant generatedAt) {

  /** Whether the PDF is available, and if not, why and how to get it. */
  public String pdfStatus() {
    return pdfAvailable
        ? "available"
        : "not available: LibreOffice was not installed when the document was generated;"
            + " regenerate it with LibreOffice present for the PDF and the page count";
  }
}
