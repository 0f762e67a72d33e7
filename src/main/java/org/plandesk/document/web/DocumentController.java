package org.plandesk.document.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.plandesk.document.DocumentSubjects;
import org.plandesk.document.DocumentSubjects.DraftDocument;
import org.plandesk.document.Downloads;
import org.plandesk.document.MarkedCopies;
import org.plandesk.document.PageMark;
import org.plandesk.document.StoredDocument;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
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
 *
 * <p>A preview carries the DRAFT mark on every page, DOCX and PDF (a plain PDF, never PDF/A). A
 * stored document its feature marks for copies (SUPERSEDED, RETIRED) is handed out as a marked copy
 * made now: its bytes are not the stored document's, so it comes without {@code X-Content-SHA256}
 * and with the stored document's hash in {@code X-Archived-SHA256} and the mark in {@code
 * X-Document-Mark}; the archive keeps the document as it was stored.
 */
@RestController
@RequestMapping("/api/{collection}/{id}")
class DocumentController {

  private final Map<String, DocumentSubjects> byCollection;
  private final MarkedCopies marked;

  DocumentController(List<DocumentSubjects> subjects, MarkedCopies marked) {
    this.marked = marked;
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
    Optional<PageMark> mark = copyMark(collection, id, document);
    if (mark.isPresent()) {
      return Downloads.markedCopy(
          marked.docx(document.docx(), mark.get()),
          Downloads.DOCX,
          document.fileName(),
          document.docxSha256(),
          mark.get());
    }
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
    Optional<PageMark> mark = copyMark(collection, id, document);
    if (mark.isPresent() && document.hasPdf()) {
      byte[] copy = marked.docx(document.docx(), mark.get());
      return Downloads.markedCopy(
          marked.pdf(copy, mark.get()),
          MediaType.APPLICATION_PDF,
          Downloads.pdfName(document.fileName()),
          document.pdfSha256(),
          mark.get());
    }
    return Downloads.pdf(document.pdf(), document.fileName(), document.pdfSha256());
  }

  @GetMapping("/preview.docx")
  ResponseEntity<byte[]> preview(@PathVariable String collection, @PathVariable long id)
      throws NoResourceFoundException {
    DraftDocument draft = draft(collection, id, "/preview.docx");
    PageMark mark = PageMark.draft(draft.language());
    return Downloads.file(marked.docx(draft.docx(), mark), Downloads.DOCX, draft.fileName(), null);
  }

  /** The preview as a plain PDF (never PDF/A: a draft is not a document for the archive). */
  @GetMapping("/preview.pdf")
  ResponseEntity<byte[]> previewPdf(@PathVariable String collection, @PathVariable long id)
      throws NoResourceFoundException {
    DraftDocument draft = draft(collection, id, "/preview.pdf");
    PageMark mark = PageMark.draft(draft.language());
    byte[] pdf = marked.pdf(marked.docx(draft.docx(), mark), mark);
    return Downloads.file(
        pdf, MediaType.APPLICATION_PDF, Downloads.pdfName(draft.fileName()), null);
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

  private DraftDocument draft(String collection, long id, String path)
      throws NoResourceFoundException {
    return subjects(collection, id, HttpMethod.GET, path)
        .preview(id)
        .orElseThrow(() -> notFound(collection, id, HttpMethod.GET, path));
  }

  private Optional<PageMark> copyMark(String collection, long id, StoredDocument document)
      throws NoResourceFoundException {
    return subjects(collection, id, HttpMethod.GET, "/document").copyMark(id, document);
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
