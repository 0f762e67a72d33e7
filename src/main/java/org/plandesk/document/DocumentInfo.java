package org.plandesk.document;

import java.time.Instant;

/** A stored document's facts without its bytes: name, hash, whether a PDF exists, page count. */
public record DocumentInfo(
    long versionId,
    String fileName,
    String sha256,
    boolean pdfAvailable,
    Integer pageCount,
    Instant generatedAt,
    String pdfStatus) {

  DocumentInfo(
      long versionId,
      String fileName,
      String sha256,
      boolean pdfAvailable,
      Integer pageCount,
      Instant generatedAt) {
    this(
        versionId,
        fileName,
        sha256,
        pdfAvailable,
        pageCount,
        generatedAt,
        pdfAvailable
            ? "available"
            : "not available: LibreOffice was not installed when the document was generated;"
                + " regenerate it with LibreOffice present for the PDF and the page count");
  }

  public String docxLink() {
    return "/api/versions/" + versionId + "/document.docx";
  }

  public String pdfLink() {
    return "/api/versions/" + versionId + "/document.pdf";
  }
}
