package org.plandesk.audit;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.plandesk.document.DocumentArchive;
import org.plandesk.document.StoredDocument;
import org.plandesk.plan.PlanDocuments;
import org.plandesk.plan.PlanNotFound;
import org.plandesk.signing.ManifestCheck;
import org.plandesk.signing.Signatures;
import org.plandesk.signing.SignedSubject;
import org.springframework.stereotype.Service;

/**
 * Checks a stored document against the SHA-256 recorded when it was generated, and the version's
 * signature manifests: each manifest against its own recorded hash, its signed content against the
 * content hash, and for the approval the version's content stored now against what was signed.
 */
@Service
public class IntegrityCheck {

  private final PlanDocuments documents;
  private final Signatures signatures;

  IntegrityCheck(PlanDocuments documents, Signatures signatures) {
    this.documents = documents;
    this.signatures = signatures;
  }

  /**
   * The recorded and the recomputed hash of a version's DOCX (and PDF), whether they match, and the
   * version's signatures checked.
   */
  public record Result(
      long versionId,
      String fileName,
      String recorded,
      String actual,
      boolean docxIntact,
      Boolean pdfIntact,
      List<SignatureCheck> signatures) {

    public boolean intact() {
      return docxIntact && (pdfIntact == null || pdfIntact);
    }

    /** True when every signature manifest of the version checks out. */
    public boolean signaturesIntact() {
      return signatures.stream().allMatch(SignatureCheck::intact);
    }
  }

  /**
   * One signature as checked, for the page.
   *
   * @param role the signer's group id (its name is said by the page)
   * @param meaning the meaning's name (APPROVED, ...)
   * @param verdict what the check found: {@code signing.integrity.verified}, {@code
   *     ...manifestAltered}, {@code ...contentAltered} or {@code ...currentAltered}
   */
  public record SignatureCheck(
      String signerName,
      String role,
      String meaning,
      LocalDateTime signedAt,
      String contentSha256,
      String verdict) {

    public boolean intact() {
      return verdict.equals("signing.integrity.verified");
    }

    static SignatureCheck of(ManifestCheck c) {
      String verdict =
          !c.manifestIntact()
              ? "signing.integrity.manifestAltered"
              : !c.contentIntact()
                  ? "signing.integrity.contentAltered"
                  : Boolean.FALSE.equals(c.currentIntact())
                      ? "signing.integrity.currentAltered"
                      : "signing.integrity.verified";
      var m = c.manifest();
      return new SignatureCheck(
          m.signerName(),
          m.signerRole(),
          m.meaning().name(),
          LocalDateTime.ofInstant(m.signedAt(), ZoneId.systemDefault()),
          m.contentSha256(),
          verdict);
    }
  }

  public Result check(long versionId) {
    StoredDocument d =
        documents
            .approved(versionId)
            .orElseThrow(() -> new PlanNotFound("plan.document.none", String.valueOf(versionId)));
    String actual = DocumentArchive.sha256(d.docx());
    Boolean pdf = d.pdf() == null ? null : DocumentArchive.sha256(d.pdf()).equals(d.pdfSha256());
    return new Result(
        versionId,
        d.fileName(),
        d.docxSha256(),
        actual,
        actual.equals(d.docxSha256()),
        pdf,
        signatures(versionId));
  }

  /** The version's signature manifests, checked (also for a version with no document yet). */
  public List<SignatureCheck> signatures(long versionId) {
    return signatures.check(SignedSubject.PLAN_VERSION, List.of(versionId)).stream()
        .map(SignatureCheck::of)
        .toList();
  }
}
