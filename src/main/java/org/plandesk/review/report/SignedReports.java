package org.plandesk.review.report;

import java.util.LinkedHashMap;
import java.util.Map;
import org.plandesk.document.DocumentArchive;
import org.plandesk.plan.PlanNotFound;
import org.plandesk.signing.CanonicalJson;
import org.plandesk.signing.SignedContents;
import org.plandesk.signing.SignedSubject;
import org.springframework.stereotype.Component;

/**
 * What the director signs off: the report's draft of the current round, the document the sign-off
 * form links to. Canonically ({@link CanonicalJson}): {@code {"draftEdition": "DRAFT_<round>",
 * "draftSha256": <SHA-256 of the draft DOCX's bytes, computed from the archive's file>, "kind":
 * "IMPLEMENTATION_REPORT", "planId", "reportId", "round", "versionId", "year"}}; {@code
 * draftSha256} is left out while the draft is not generated yet.
 */
@Component
class SignedReports implements SignedContents {

  private final ImplementationReports reports;
  private final ReportDocuments documents;

  SignedReports(ImplementationReports reports, ReportDocuments documents) {
    this.reports = reports;
    this.documents = documents;
  }

  @Override
  public Signs signs() {
    return new Signs(SignedSubject.IMPLEMENTATION_REPORT, "implementation-report", "reportId");
  }

  @Override
  public String canonical(long reportId) {
    ImplementationReport report = reports.report(reportId);
    Map<String, Object> signed = new LinkedHashMap<>();
    signed.put("kind", SignedSubject.IMPLEMENTATION_REPORT);
    signed.put("reportId", report.id());
    signed.put("planId", report.planId());
    signed.put("versionId", report.versionId());
    signed.put("year", report.year());
    signed.put("round", report.round());
    signed.put("draftEdition", report.draftEdition());
    signed.put("draftSha256", draftSha256(report));
    return CanonicalJson.of(signed);
  }

  private String draftSha256(ImplementationReport report) {
    try {
      return DocumentArchive.sha256(documents.document(report.id(), report.draftEdition()).docx());
    } catch (PlanNotFound notYet) {
      return null;
    }
  }
}
