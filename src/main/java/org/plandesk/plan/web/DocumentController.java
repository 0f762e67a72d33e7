package org.plandesk.plan.web;

import java.util.Map;
import org.plandesk.document.StoredDocument;
import org.plandesk.plan.PlanDocuments;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanVersion;
import org.plandesk.web.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Documents of plan versions through the authenticated API: the approved DOCX and PDF (named after
 * the version's file name), the draft preview, and regeneration of a missing PDF.
 */
@RestController
@RequestMapping("/api/versions/{id}")
class DocumentController {

  private final PlanDocuments documents;
  private final PlanService plans;

  DocumentController(PlanDocuments documents, PlanService plans) {
    this.documents = documents;
    this.plans = plans;
  }

  @GetMapping("/document.docx")
  ResponseEntity<byte[]> docx(@PathVariable long id) {
    StoredDocument document = documents.approvedDocument(id);
    return Downloads.file(
        document.docx(), Downloads.DOCX, document.fileName(), document.docxSha256());
  }

  @GetMapping("/document.pdf")
  ResponseEntity<?> pdf(@PathVariable long id) {
    StoredDocument document = documents.approvedDocument(id);
    return Downloads.pdf(document.pdf(), document.fileName(), document.pdfSha256());
  }

  @GetMapping("/preview.docx")
  ResponseEntity<byte[]> preview(@PathVariable long id) {
    PlanVersion version = plans.version(id);
    return Downloads.file(
        documents.preview(id), Downloads.DOCX, version.fileName() + " (draft).docx", null);
  }

  @PostMapping("/document/regenerate")
  ResponseEntity<Map<String, Object>> regenerate(@PathVariable long id) {
    StoredDocument document = documents.generateApproved(id, "admin");
    return ResponseEntity.ok(
        Map.of(
            "fileName", document.fileName(),
            "sha256", document.docxSha256(),
            "pdfAvailable", document.hasPdf(),
            "pageCount", document.pageCount() == null ? "not available" : document.pageCount()));
  }
}
