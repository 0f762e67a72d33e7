package org.plandesk.review.report;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A yearly implementation report of a plan, as stored.
 *
 * @param versionId the version in force when the report was asked for, whose items it reports
 * @param round 1 for the first draft, one more each time the coordinator sends it again
 */
public record ImplementationReport(
    long id,
    long planId,
    long versionId,
    int year,
    ReportStatus status,
    int round,
    String requestedBy,
    Instant requestedAt,
    String signedOffBy,
    LocalDate signedOffOn,
    String processInstanceId) {

  /** The archive's edition of the draft of the current round. */
  public String draftEdition() {
    return ReportDocuments.draftEdition(round);
  }
}
