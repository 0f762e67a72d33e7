package org.plandesk.document;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plandesk.plan.Plan;
import org.plandesk.plan.PlanNotFound;
import org.plandesk.plan.PlanRuleViolation;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Controlled documents of plan versions: the approved document (generated once, stored immutable
 * with its SHA-256, PDF and real page count) and the draft preview the director approves from.
 */
@Service
public class DocumentService {

  private static final Logger log = LoggerFactory.getLogger(DocumentService.class);

  private final PlanService plans;
  private final DocumentArchive archive;
  private final DocumentTemplates templates;
  private final OfficeRenderer office;

  DocumentService(
      PlanService plans,
      DocumentArchive archive,
      DocumentTemplates templates,
      OfficeRenderer office) {
    this.plans = plans;
    this.archive = archive;
    this.templates = templates;
    this.office = office;
  }

  /**
   * Generates and stores the approved document of a version. Idempotent: a version that has its
   * document keeps it (only a missing PDF and page count are added), so a retry never makes a
   * second document.
   */
  @Transactional
  public StoredDocument generateApproved(long versionId, String by) {
    PlanVersion version = plans.version(versionId);
    if (version.versionNumber() == null) {
      throw new PlanRuleViolation(
          "Version " + versionId + " is not approved: it has no controlled document");
    }
    Optional<StoredDocument> existing = archive.approved(versionId);
    if (existing.isPresent()) {
      return completeRendition(existing.get());
    }
    byte[] docx = render(version, false);
    Optional<Rendition> rendition = office.render(docx);
    StoredDocument stored =
        archive.store(versionId, version.fileName() + ".docx", docx, rendition.orElse(null), by);
    rendition.ifPresent(r -> plans.recordPageCount(versionId, r.pageCount()));
    log.info(
        "Approved document of version {} stored: {} ({} pages, sha256 {})",
        version.versionNumber(),
        stored.fileName(),
        rendition.map(r -> String.valueOf(r.pageCount())).orElse("not available: no LibreOffice"),
        stored.docxSha256());
    return stored;
  }

  private StoredDocument completeRendition(StoredDocument document) {
    if (document.hasPdf()) {
      return document;
    }
    Optional<Rendition> rendition = office.render(document.docx());
    if (rendition.isPresent() && archive.addRendition(document.id(), rendition.get())) {
      plans.recordPageCount(document.versionId(), rendition.get().pageCount());
      log.info("PDF and page count added to the document of version {}", document.versionId());
    }
    return archive.approved(document.versionId()).orElseThrow();
  }

  /** The preview of a version in approval (or drafting), marked as a draft; not stored. */
  @Transactional(readOnly = true)
  public byte[] preview(long versionId) {
    PlanVersion version = plans.version(versionId);
    if (!version.status().isOpen()) {
      throw new PlanRuleViolation(
          "Only a version in drafting or approval has a preview; this one is " + version.status());
    }
    return render(version, true);
  }

  @Transactional(readOnly = true)
  public StoredDocument approvedDocument(long versionId) {
    return archive
        .approved(versionId)
        .orElseThrow(() -> new PlanNotFound("Version " + versionId + " has no approved document"));
  }

  private byte[] render(PlanVersion version, boolean draft) {
    Plan plan = plans.planOf(version);
    List<PlanVersion> earlier =
        plans.overview(plan.code()).versions().stream()
            .filter(v -> v.versionNumber() != null && v.sequence() < version.sequence())
            .sorted(Comparator.comparingInt(PlanVersion::sequence))
            .toList();
    return DocxFiller.fill(
        templates.planTemplate(plan.language().name()),
        PlanDocumentModels.of(plan, version, earlier, draft));
  }

  /**
   * docx4j's JAXB context costs seconds on first use: pay it at start-up, not in a user's request.
   */
  @EventListener(ApplicationReadyEvent.class)
  void warmUp() {
    Thread warm =
        new Thread(
            () -> {
              try {
                DocxFiller.fill(
                    templates.planTemplate("en"), new DocumentModel(Map.of(), Map.of(), List.of()));
                log.info("Document generation warmed up");
              } catch (RuntimeException e) {
                log.warn("Document warm-up failed: {}", e.getMessage());
              }
            },
            "docx4j-warm-up");
    warm.setDaemon(true);
    warm.start();
  }
}
