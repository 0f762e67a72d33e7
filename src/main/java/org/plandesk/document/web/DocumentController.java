package org.plandesk.document.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.plandesk.document.DocumentSubjects;
import org.plandesk.document.DocumentSubjects.DraftDocument;
import org.plandesk.document.Downloads;
import org.plandesk.document.StoredDocument;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The documents of every kind of subject through the authenticated API, at the addresses their
 * features contribute ({@link DocumentSubjects}: {@code /api/versions/{id}/...}, {@code
 * /api/grants/{id}/...}): the stored DOCX and PDF (named after the document's file name, with
 * {@code X-Content-SHA256}), a draft preview where the kind has one, and an administrator's
 * regeneration of what is missing. An address of no contributed kind is not found, as before.
 */
@RestController
@RequestMapping("/api/{collection}/{id}")
class DocumentController {

  private final Map<String, DocumentSubjects> byCollection;

  DocumentController(List<DocumentSubjects> subjects) {
    this.byCollection =
        subjects.stream()
            .collect(Collectors.toMap(DocumentSubjects::collection, Function.identity()));
  }

  @GetMapping("/document.docx")
  ResponseEntity<byte[]> docx(
      @PathVariable String collection,
      @PathVariable long id,
      @RequestParam(required = false) String edition)
      throws NoResourceFoundException {
    StoredDocument document = document(collection, id, edition, "/document.docx");
    return Downloads.file(
        document.docx(), Downloads.DOCX, document.fileName(), document.docxSha256());
  }

  @GetMapping("/document.pdf")
  ResponseEntity<?> pdf(
      @PathVariable String collection,
      @PathVariable long id,
      @RequestParam(required = false) String edition)
      throws NoResourceFoundException {
    StoredDocument document = document(collection, id, edition, "/document.pdf");
    return Downloads.pdf(document.pdf(), document.fileName(), document.pdfSha256());
  }

  @GetMapping("/preview.docx")
  ResponseEntity<byte[]> preview(@PathVariable String collection, @PathVariable long id)
      throws NoResourceFoundException {
    String path = "/preview.docx";
    DraftDocument draft =
        subjects(collection, id, HttpMethod.GET, path)
            .preview(id)
            .orElseThrow(() -> notFound(collection, id, HttpMethod.GET, path));
    return Downloads.file(draft.docx(), Downloads.DOCX, draft.fileName(), null);
  }

  @PostMapping("/document/regenerate")
  ResponseEntity<Object> regenerate(
      @PathVariable String collection, @PathVariable long id, Principal user)
      throws NoResourceFoundException {
    DocumentSubjects subjects = subjects(collection, id, HttpMethod.POST, "/document/regenerate");
    List<StoredDocument> documents = subjects.regenerate(id, user.getName());
    return ResponseEntity.ok(
        subjects.hasEditions()
            ? documents.stream().map(d -> summary(d, true)).toList()
            : summary(documents.get(0), false));
  }

  private StoredDocument document(String collection, long id, String edition, String path)
      throws NoResourceFoundException {
    DocumentSubjects subjects = subjects(collection, id, HttpMethod.GET, path);
    return subjects.document(id, subjects.hasEditions() ? edition : null);
  }

  private DocumentSubjects subjects(String collection, long id, HttpMethod method, String path)
      throws NoResourceFoundException {
    DocumentSubjects subjects = byCollection.get(collection);
    if (subjects == null) {
      throw notFound(collection, id, method, path);
    }
    return subjects;
  }

  /** What Spring answers for an address nothing serves (a 404). */
  private static NoResourceFoundException notFound(
      String collection, long id, HttpMethod method, String path) {
    return new NoResourceFoundException(method, "api/" + collection + "/" + id + path);
  }

  /** What a regeneration answers of each document. */
  private static Map<String, Object> summary(StoredDocument document, boolean withEdition) {
    Map<String, Object> summary = new LinkedHashMap<>();
    if (withEdition) {
      summary.put("edition", document.edition());
    }
    summary.put("fileName", document.fileName());
    summary.put("sha256", document.docxSha256());
    summary.put("pdfAvailable", document.hasPdf());
    summary.put("pageCount", document.pageCount() == null ? "not available" : document.pageCount());
    return summary;
  }
}
