package org.plandesk.document;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Files as PlanDesk's API and pages hand them out: named (any script, UTF-8), as attachments, and
 * for stored documents with their SHA-256 in {@code X-Content-SHA256}.
 */
public final class Downloads {

  public static final MediaType DOCX =
      MediaType.parseMediaType(
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private Downloads() {}

  /** A stored document's PDF, or 404 with the reason when it was stored without LibreOffice. */
  public static ResponseEntity<?> pdf(byte[] pdf, String docxFileName, String sha256) {
    if (pdf == null) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND)
          .body(
              Map.of(
                  "error",
                  "The PDF of this document is not available: LibreOffice was not installed when it was generated."
                      + " It is produced when the document is regenerated with LibreOffice present."));
    }
    String base =
        docxFileName.endsWith(".docx")
            ? docxFileName.substring(0, docxFileName.length() - 5)
            : docxFileName;
    return file(pdf, MediaType.APPLICATION_PDF, base + ".pdf", sha256);
  }

  /** A file to save; the SHA-256 header only when the file is a stored document (not null). */
  public static ResponseEntity<byte[]> file(
      byte[] bytes, MediaType type, String name, String sha256) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(type);
    headers.setContentDisposition(
        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build());
    if (sha256 != null) {
      headers.set("X-Content-SHA256", sha256);
    }
    return new ResponseEntity<>(bytes, headers, HttpStatus.OK);
  }
}
