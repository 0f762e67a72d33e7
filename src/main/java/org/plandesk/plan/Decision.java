package org.plandesk.plan;

import java.time.Instant;
import java.time.LocalDate;

/** One decision of the director on a version: what, the comment, the effective date, who, when. */
public record Decision(
    Kind kind, String comment, LocalDate effectiveDate, String decidedBy, Instant decidedAt) {

  public enum Kind {
    APPROVE,
    REQUEST_CHANGES,
    REJECT
  }
}
