package org.plandesk.acknowledge.web;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import org.plandesk.acknowledge.AcknowledgementStatus;
import org.plandesk.acknowledge.Acknowledgements;
import org.plandesk.document.Downloads;
import org.plandesk.plan.Plan;
import org.plandesk.plan.PlanDocuments;
import org.plandesk.plan.PlanNotFound;
import org.plandesk.plan.PlanOverview;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanVersion;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The acknowledge page of a version in force ({@code /acknowledge/{versionId}}): the version to
 * read (its page and approved document) and, for a person asked, one button that confirms it
 * ({@code POST}, then back to the page saying when). A second confirmation is refused with 409 and
 * the day of the first, a person not asked with 403, a version no longer in force with 409; nothing
 * is recorded then. Also the export of a version's confirmations ({@code
 * /plans/{code}/acknowledgements.csv}).
 */
@Controller
class AcknowledgeController {

  private final Acknowledgements acknowledgements;
  private final PlanService plans;
  private final PlanDocuments documents;

  AcknowledgeController(
      Acknowledgements acknowledgements, PlanService plans, PlanDocuments documents) {
    this.acknowledgements = acknowledgements;
    this.plans = plans;
    this.documents = documents;
  }

  @GetMapping("/acknowledge/{versionId}")
  String page(
      @PathVariable long versionId,
      @RequestParam(required = false) String confirmed,
      Principal user,
      Model model) {
    PlanVersion version = plans.version(versionId);
    Plan plan = plans.planOf(version);
    AcknowledgementStatus status =
        acknowledgements
            .status(versionId)
            .orElseThrow(() -> new PlanNotFound("acknowledge.notFound", versionId));
    model.addAttribute("plan", plan);
    model.addAttribute("version", version);
    model.addAttribute("document", documents.info(versionId).orElse(null));
    model.addAttribute("closed", status.closed());
    model.addAttribute("line", acknowledgements.line(versionId, user.getName()).orElse(null));
    model.addAttribute("justConfirmed", confirmed != null);
    return "acknowledge";
  }

  @PostMapping("/acknowledge/{versionId}")
  String confirm(@PathVariable long versionId, Principal user) {
    plans.version(versionId);
    acknowledgements.confirm(versionId, user.getName());
    return "redirect:/acknowledge/" + versionId + "?confirmed";
  }

  /**
   * Who was asked to read the version (by default the one in force, else the latest asked) and when
   * they confirmed: one row per person, UTF-8 with a byte order mark for spreadsheets.
   */
  @GetMapping("/plans/{code}/acknowledgements.csv")
  ResponseEntity<byte[]> csv(
      @PathVariable String code, @RequestParam(required = false) Long version) {
    PlanOverview overview = plans.overview(code);
    List<Long> ids = overview.versions().stream().map(PlanVersion::id).toList();
    if (version != null && !ids.contains(version)) {
      throw new PlanNotFound("acknowledge.notFound", version);
    }
    var statuses = acknowledgements.statuses(ids);
    Long chosen =
        version != null
            ? version
            : overview
                .inForce()
                .map(PlanVersion::id)
                .filter(statuses::containsKey)
                .orElse(
                    ids.stream().filter(statuses::containsKey).reduce((a, b) -> b).orElse(null));
    if (chosen == null || !statuses.containsKey(chosen)) {
      throw new PlanNotFound("acknowledge.notFound", chosen == null ? 0L : chosen);
    }
    AcknowledgementStatus status = statuses.get(chosen);
    String number =
        overview.versions().stream()
            .filter(v -> v.id() == chosen)
            .findFirst()
            .map(PlanVersion::versionNumber)
            .orElse("");
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] csv = AcknowledgementCsv.of(number, status).getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[bom.length + csv.length];
    System.arraycopy(bom, 0, body, 0, bom.length);
    System.arraycopy(csv, 0, body, bom.length, csv.length);
    return Downloads.file(
        body,
        new MediaType("text", "csv", StandardCharsets.UTF_8),
        "acknowledgements " + code + " " + number + ".csv",
        null);
  }
}
