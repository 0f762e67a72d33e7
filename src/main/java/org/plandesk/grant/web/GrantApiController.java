package org.plandesk.grant.web;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.plandesk.document.StoredDocument;
import org.plandesk.grant.GrantDocumentEdition;
import org.plandesk.grant.GrantDocuments;
import org.plandesk.grant.GrantOverview;
import org.plandesk.grant.GrantRequest;
import org.plandesk.grant.GrantService;
import org.plandesk.grant.GrantStatus;
import org.plandesk.plan.PlanRuleViolation;
import org.plandesk.web.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Grant and fundraising requests through the JSON API (any signed-in user; see ReviewApiSecurity):
 * {@code GET /api/grants[?status=AWARDED]} lists them newest first; {@code GET /api/grants/{id}}
 * shows one with its reporting obligations and its history; {@code GET
 * /api/grants/{id}/document.docx} and {@code .pdf} download its latest document (or the one named
 * by {@code ?edition=REQUEST|AWARD}). Requests are prepared and decided through their process
 * (Tasklist or engine-rest), never here; an administrator may regenerate missing documents and
 * PDFs.
 */
@RestController
@RequestMapping("/api/grants")
class GrantApiController {

  private final GrantService grants;
  private final GrantDocuments documents;

  GrantApiController(GrantService grants, GrantDocuments documents) {
    this.grants = grants;
    this.documents = documents;
  }

  @GetMapping
  List<GrantRequest> list(@RequestParam(required = false) String status) {
    return grants.list(status == null || status.isBlank() ? null : status(status));
  }

  @GetMapping("/{id}")
  GrantOverview get(@PathVariable long id) {
    return grants.overview(id);
  }

  @GetMapping("/{id}/document.docx")
  ResponseEntity<byte[]> docx(
      @PathVariable long id, @RequestParam(required = false) String edition) {
    StoredDocument document = documents.document(id, edition(edition));
    return Downloads.file(
        document.docx(), Downloads.DOCX, document.fileName(), document.docxSha256());
  }

  @GetMapping("/{id}/document.pdf")
  ResponseEntity<?> pdf(@PathVariable long id, @RequestParam(required = false) String edition) {
    StoredDocument document = documents.document(id, edition(edition));
    return Downloads.pdf(document.pdf(), document.fileName(), document.pdfSha256());
  }

  @PostMapping("/{id}/document/regenerate")
  List<Map<String, Object>> regenerate(@PathVariable long id, Principal admin) {
    return documents.regenerate(id, admin.getName()).stream()
        .map(
            d ->
                Map.<String, Object>of(
                    "edition", d.edition(),
                    "fileName", d.fileName(),
                    "sha256", d.docxSha256(),
                    "pdfAvailable", d.hasPdf(),
                    "pageCount", d.pageCount() == null ? "not available" : d.pageCount()))
        .toList();
  }

  private static GrantStatus status(String text) {
    return choice(GrantStatus.class, text, "status");
  }

  private static GrantDocumentEdition edition(String text) {
    return text == null || text.isBlank()
        ? null
        : choice(GrantDocumentEdition.class, text, "edition");
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String text, String what) {
    try {
      return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new PlanRuleViolation(
          "Unknown " + what + " " + text + "; one of " + Arrays.toString(type.getEnumConstants()));
    }
  }
}
