package org.plandesk.review.report;

/** Where a yearly implementation report stands; stored by name. */
public enum ReportStatus {
  /** With the director, to be signed off or sent back. */
  IN_SIGN_OFF,
  /** Sent back to the coordinator with the director's comment. */
  SENT_BACK,
  /** Signed off by the director: its document is final. */
  SIGNED_OFF
}
