package org.plandesk.review.report;

import java.time.Instant;

/**
 * One entry of a report's history, for its plan's audit trail.
 *
 * @param versionId the version in force the report is about
 */
public record ReportEvent(
    long reportId,
    long versionId,
    int year,
    Kind kind,
    String detail,
    String actor,
    Instant happenedAt) {

  /** What happened; stored by name. */
  public enum Kind {
    /** The coordinator asked for the report. */
    REQUESTED,
    /** A document was generated and stored (detail: edition, file name, SHA-256). */
    GENERATED,
    /** The director sent it back (detail: the comment). */
    SENT_BACK,
    /** The coordinator sent it again (detail: the note). */
    RESENT,
    /** The director signed it off. */
    SIGNED_OFF
  }
}
