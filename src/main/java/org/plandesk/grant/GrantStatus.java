package org.plandesk.grant;

/** Where a grant or fundraising request stands, from preparation to its end. */
public enum GrantStatus {
  /** Prepared or revised; waiting for the director. */
  IN_APPROVAL,
  /** Sent back by the director; the preparer revises it. */
  CHANGES_REQUESTED,
  /** Ended: the director rejected it. */
  REJECTED,
  /** Approved; to be submitted to the funder by its deadline. */
  APPROVED,
  /** Submitted to the funder; waiting for the funder's decision. */
  SUBMITTED,
  /** Awarded; reporting obligations are open. */
  AWARDED,
  /** Ended: the funder declined it. */
  DECLINED,
  /** Ended: the funder's deadline passed before it was submitted. */
  MISSED,
  /** Ended: awarded and every reporting obligation reported. */
  CLOSED;

  public boolean isEnded() {
    return this == REJECTED || this == DECLINED || this == MISSED || this == CLOSED;
  }
}
