package org.plandesk.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.plandesk.document.DocumentService;
import org.plandesk.document.StoredDocument;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanVersion;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Documents of plan versions through the authenticated API: the approved DOCX and PDF (named
 * after the version's file name), the draft preview, and regeneration of a missing PDF.
 */
@RestController
@RequestMapping("/api/versions/{id}")
class DocumentController {

  static final MediaType DOCX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private final DocumentService documents;
  private final PlanService plans;

  DocumentController(DocumentService documents, PlanService plans) {
    this.documents = documents;
    this.plans = plans;
  }

  @GetMapping("/document.docx")
  ResponseEntity<byte[]> docx(@PathVariable long id) {
    StoredDocument document = documents.approvedDocument(id);
    return file(document.docx(), DOCX, document.fileName(), document.docxSha256());
  }

  @GetMapping("/document.pdf")
  ResponseEntity<?> pdf(@PathVariable long id) {
    StoredDocument document = documents.approvedDocument(id);
    if (!document.hasPdf()) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error",
          "The PDF of this document is not available: LibreOffice was not installed when it was generated."
              + " It is produced when the document is regenerated with LibreOffice present."));
    }
    return file(document.pdf(), MediaType.APPLICATION_PDF, baseName(document.fileName()) + ".pdf", document.pdfSha256());
  }

  @GetMapping("/preview.docx")
  ResponseEntity<byte[]> preview(@PathVariable long id) {
    PlanVersion version = plans.version(id);
    return file(documents.preview(id), DOCX, version.fileName() + " (draft).docx", null);
  }

  @PostMapping("/document/regenerate")
  ResponseEntity<Map<String, Object>> regenerate(@PathVariable long id) {
    StoredDocument document = documents.generateApproved(id, "admin");
    return ResponseEntity.ok(Map.of(
        "fileName", document.fileName(),
        "sha256", document.docxSha256(),
        "pdfAvailable", document.hasPdf(),
        "pageCount", document.pageCount() == null ? "not available" : document.pageCount()));
  }

  private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name, String sha256) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(type);
    headers.setContentDisposition(ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build());
    if (sha256 != null) {
      headers.set("X-Content-SHA256", sha256);
    }
    return new ResponseEntity<>(bytes, headers, HttpStatus.OK);
  }

  private static String baseName(String fileName) {
    return fileName.endsWith(".docx") ? fileName.substring(0, fileName.length() - 5) : fileName;
  }
}
