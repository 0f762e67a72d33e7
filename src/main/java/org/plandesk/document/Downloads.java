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
    return file(pdf, MediaType.APPLICATION_PDF, pdfName(docxFileName), sha256);
  }

  /** The PDF's name beside a DOCX: its name with {@code .pdf} for {@code .docx}. */
  public static String pdfName(String docxFileName) {
    String base =
        docxFileName.endsWith(".docx")
            ? docxFileName.substring(0, docxFileName.length() - 5)
            : docxFileName;
    return base + ".pdf";
  }

  /**
   * A marked copy of a stored document (made now, so not the stored bytes): no {@code
   * X-Content-SHA256}, the stored document's hash in {@code X-Archived-SHA256}, what the mark says
   * in {@code X-Document-Mark}.
   */
  public static ResponseEntity<byte[]> markedCopy(
      byte[] bytes, MediaType type, String name, String archivedSha256, PageMark mark) {
    HttpHeaders headers = headers(type, name);
    if (archivedSha256 != null) {
      headers.set("X-Archived-SHA256", archivedSha256);
    }
    headers.set("X-Document-Mark", mark.kind().name());
    return new ResponseEntity<>(bytes, headers, HttpStatus.OK);
  }

  /** A file to save; the SHA-256 header only when the file is a stored document (not null). */
  public static ResponseEntity<byte[]> file(
      byte[] bytes, MediaType type, String name, String sha256) {
    HttpHeaders headers = headers(type, name);
    if (sha256 != null) {
      headers.set("X-Content-SHA256", sha256);
    }
    return new ResponseEntity<>(bytes, headers, HttpStatus.OK);
  }

  private static HttpHeaders headers(MediaType type, String name) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(type);
    headers.setContentDisposition(
        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build());
    return headers;
  }
}
