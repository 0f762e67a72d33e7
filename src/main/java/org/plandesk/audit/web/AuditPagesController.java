package org.plandesk.audit.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.plandesk.audit.AuditEntry;
import org.plandesk.audit.AuditExports;
import org.plandesk.audit.AuditTrail;
import org.plandesk.audit.IntegrityCheck;
import org.plandesk.audit.RedlineDocument;
import org.plandesk.audit.VersionComparison;
import org.plandesk.document.DocumentLabels;
import org.plandesk.document.Downloads;
import org.plandesk.plan.PlanNotFound;
import org.plandesk.plan.PlanOverview;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanVersion;
import org.plandesk.system.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The auditor's pages of a plan: the comparison of two versions (a redline, also as a DOCX), the
 * audit trail with its exports (CSV and the DOCX audit pack), and the integrity check of an
 * approved version.
 */
@Controller
class AuditPagesController {

  private final PlanService plans;
  private final AuditTrail audit;
  private final IntegrityCheck integrity;
  private final MessageSource messages;
  private final Clock clock;

  AuditPagesController(
      PlanService plans,
      AuditTrail audit,
      IntegrityCheck integrity,
      MessageSource messages,
      Clock clock) {
    this.plans = plans;
    this.audit = audit;
    this.integrity = integrity;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/plans/{code}/compare")
  String compare(
      @PathVariable String code,
      @RequestParam long from,
      @RequestParam long to,
      Locale locale,
      Model model) {
    PlanOverview overview = plans.overview(code);
    PlanVersion a = versionOf(overview, from);
    PlanVersion b = versionOf(overview, to);
    List<VersionComparison.Section> sections =
        new ComparisonRows(messages, locale).of(a.content(), b.content());
    model.addAttribute("overview", overview);
    model.addAttribute("from", a);
    model.addAttribute("to", b);
    model.addAttribute("sections", sections);
    model.addAttribute("changed", sections.stream().anyMatch(VersionComparison.Section::isChanged));
    return "compare";
  }

  /** The same comparison as a DOCX, in the plan's language (its words, dates and numbers). */
  @GetMapping("/plans/{code}/compare.docx")
  ResponseEntity<byte[]> compareDocx(
      @PathVariable String code, @RequestParam long from, @RequestParam long to) {
    PlanOverview overview = plans.overview(code);
    PlanVersion a = versionOf(overview, from);
    PlanVersion b = versionOf(overview, to);
    String language = overview.plan().language().name();
    DocumentLabels labels = new DocumentLabels(language);
    List<VersionComparison.Section> sections =
        new ComparisonRows(messages, Locale.forLanguageTag(language)).of(a.content(), b.content());
    String fromName = versionName(a, labels);
    String toName = versionName(b, labels);
    byte[] docx =
        RedlineDocument.write(
            new RedlineDocument.Subject(
                overview.plan().code(), overview.plan().title(), fromName, toName),
            sections,
            labels);
    return download(
        docx, Downloads.DOCX, "comparison " + code + " " + fromName + " – " + toName + ".docx");
  }

  @GetMapping("/plans/{code}/audit")
  String audit(
      @PathVariable String code,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String person,
      Model model) {
    PlanOverview overview = plans.overview(code);
    model.addAttribute("overview", overview);
    model.addAttribute("entries", audit.trail(overview, new AuditTrail.Filter(from, to, person)));
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    model.addAttribute("person", person);
    return "audit";
  }

  @GetMapping("/plans/{code}/audit.csv")
  ResponseEntity<byte[]> auditCsv(
      @PathVariable String code,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String person) {
    List<AuditEntry> entries = audit.trail(code, new AuditTrail.Filter(from, to, person));
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] csv = AuditExports.csv(entries).getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[bom.length + csv.length];
    System.arraycopy(bom, 0, body, 0, bom.length);
    System.arraycopy(csv, 0, body, bom.length, csv.length);
    return download(
        body, new MediaType("text", "csv", StandardCharsets.UTF_8), "audit " + code + ".csv");
  }

  @GetMapping("/plans/{code}/audit.docx")
  ResponseEntity<byte[]> auditPack(
      @PathVariable String code,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String person) {
    PlanOverview overview = plans.overview(code);
    List<AuditEntry> entries = audit.trail(overview, new AuditTrail.Filter(from, to, person));
    String filter =
        "period "
            + (from == null ? "…" : from)
            + " – "
            + (to == null ? "…" : to)
            + (blank(person) ? "" : ", person " + person);
    return download(
        AuditExports.auditPack(code, overview.plan().title(), filter, entries, clock.instant()),
        Downloads.DOCX,
        "audit pack " + code + ".docx");
  }

  @GetMapping("/plans/versions/{id}/integrity")
  String integrity(@PathVariable long id, Model model) {
    PlanVersion version = plans.version(id);
    model.addAttribute("overview", plans.overview(plans.planOf(version).code()));
    model.addAttribute("version", version);
    model.addAttribute("result", integrity.check(id));
    return "integrity";
  }

  @ExceptionHandler(PlanNotFound.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(PlanNotFound e, Model model, Locale locale) {
    model.addAttribute("message", e.messageIn(locale));
    return "not-found";
  }

  /**
   * A version of the plan; an unknown version is not found (404), a version of another plan is a
   * wrong request (400): comparing across plans means nothing.
   */
  private PlanVersion versionOf(PlanOverview overview, long id) {
    return overview.versions().stream()
        .filter(v -> v.id() == id)
        .findFirst()
        .orElseThrow(
            () -> {
              PlanVersion other = plans.version(id);
              return new RuleViolation(
                  "compare.otherPlan",
                  String.valueOf(id),
                  plans.planOf(other).code(),
                  overview.plan().code());
            });
  }

  private static String versionName(PlanVersion version, DocumentLabels labels) {
    return version.versionNumber() != null
        ? version.versionNumber()
        : labels.get("draftVersion") + " " + version.sequence();
  }

  private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
    return Downloads.file(body, type, name, null);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
