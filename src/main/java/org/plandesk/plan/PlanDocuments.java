package org.plandesk.plan;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.plandesk.document.DocumentArchive;
import org.plandesk.document.DocumentModel;
import org.plandesk.document.DocumentService;
import org.plandesk.document.StoredDocument;
import org.plandesk.signing.SignatureLine;
import org.plandesk.signing.Signatures;
import org.plandesk.signing.SignedSubject;
import org.plandesk.system.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Controlled documents of plan versions: the approved document (generated once, kept in the
 * document archive with its SHA-256, PDF and real page count) and the draft preview the director
 * approves from.
 */
@Service
public class PlanDocuments {

  private final PlanService plans;
  private final DocumentArchive archive;
  private final DocumentService documents;
  private final Signatures signatures;

  PlanDocuments(
      PlanService plans,
      DocumentArchive archive,
      DocumentService documents,
      Signatures signatures) {
    this.plans = plans;
    this.archive = archive;
    this.documents = documents;
    this.signatures = signatures;
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
      throw new PlanRuleViolation("plan.document.notApproved", String.valueOf(versionId));
    }
    Optional<StoredDocument> existing = approved(versionId);
    if (existing.isPresent()) {
      return documents.completeRendition(existing.get());
    }
    Plan plan = plans.planOf(version);
    return documents.store(
        ApprovedDocument.subject(versionId),
        ApprovedDocument.EDITION,
        plan.language().name(),
        version.fileName() + ".docx",
        render(plan, version, false),
        by);
  }

  /** The preview of a version in approval (or drafting), marked as a draft; not stored. */
  @Transactional(readOnly = true)
  public byte[] preview(long versionId) {
    PlanVersion version = plans.version(versionId);
    if (!version.status().isOpen()) {
      throw new PlanRuleViolation("plan.document.noPreview", Text.of("status." + version.status()));
    }
    return render(plans.planOf(version), version, true);
  }

  /** The approved document of a version, with its files. */
  @Transactional(readOnly = true)
  public Optional<StoredDocument> approved(long versionId) {
    return archive.find(ApprovedDocument.subject(versionId), ApprovedDocument.EDITION);
  }

  /** The approved document of a version; {@link PlanNotFound} when it has none. */
  @Transactional(readOnly = true)
  public StoredDocument approvedDocument(long versionId) {
    return approved(versionId)
        .orElseThrow(() -> new PlanNotFound("plan.document.none", String.valueOf(versionId)));
  }

  /** What is stored for a version, without the files themselves (for pages and lists). */
  @Transactional(readOnly = true)
  public Optional<ApprovedDocument> info(long versionId) {
    return Optional.ofNullable(info(List.of(versionId)).get(versionId));
  }

  /**
   * What is stored for each of these versions, in one query (versions without a document are left
   * out).
   */
  @Transactional(readOnly = true)
  public Map<Long, ApprovedDocument> info(Collection<Long> versionIds) {
    return archive
        .info(ApprovedDocument.KIND, ApprovedDocument.EDITION, versionIds)
        .values()
        .stream()
        .map(ApprovedDocument::of)
        .collect(Collectors.toMap(ApprovedDocument::versionId, d -> d));
  }

  private byte[] render(Plan plan, PlanVersion version, boolean draft) {
    DocumentModel model =
        PlanDocumentModels.of(
            plan,
            version,
            plans.overview(plan.code()).modificationListBefore(version),
            plans.inputs(version.id()),
            draft);
    if (!draft) {
      Map<String, String> values = new HashMap<>(model.values());
      signatures
          .approvalOf(new SignedSubject(SignedSubject.PLAN_VERSION, version.id()))
          .ifPresent(m -> values.put("signature", SignatureLine.of(m, plan.language().name())));
      model = new DocumentModel(values, model.sections(), model.modifications());
    }
    return documents.fill("plan", plan.language().name(), model);
  }
}
