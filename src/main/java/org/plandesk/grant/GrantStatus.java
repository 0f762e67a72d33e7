package org.plandesk.grant;

import java.util.EnumSet;
import java.util.Set;
import org.plandesk.plan.PlanRuleViolation;
import org.plandesk.system.Text;

/**
 * Where a grant or fundraising request stands, from preparation to its end. A request is stored
 * IN_APPROVAL; the director approves it, sends it back (CHANGES_REQUESTED, revised back to
 * IN_APPROVAL) or rejects it; an approved request is SUBMITTED to the funder or MISSED at the
 * funder's deadline; the funder AWARDS or DECLINES it; an award is CLOSED once every reporting
 * obligation is reported.
 */
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

  /** The statuses this one may move to. */
  public Set<GrantStatus> successors() {
    return switch (this) {
      case IN_APPROVAL -> EnumSet.of(APPROVED, CHANGES_REQUESTED, REJECTED);
      case CHANGES_REQUESTED -> EnumSet.of(IN_APPROVAL);
      case APPROVED -> EnumSet.of(SUBMITTED, MISSED);
      case SUBMITTED -> EnumSet.of(AWARDED, DECLINED);
      case AWARDED -> EnumSet.of(CLOSED);
      case REJECTED, DECLINED, MISSED, CLOSED -> EnumSet.noneOf(GrantStatus.class);
    };
  }

  /** The statuses that may move to this one. */
  public Set<GrantStatus> predecessors() {
    Set<GrantStatus> from = EnumSet.noneOf(GrantStatus.class);
    for (GrantStatus status : values()) {
      if (status.successors().contains(this)) {
        from.add(status);
      }
    }
    return from;
  }

  /** Whether the request has ended: no status follows. */
  public boolean isEnded() {
    return successors().isEmpty();
  }

  /** Checks a transition, failing with a clear message when the life of a request forbids it. */
  public GrantStatus moveTo(GrantStatus next) {
    if (!successors().contains(next)) {
      throw new PlanRuleViolation(
          "grant.statusChange",
          Text.of("living.grantStatus." + this),
          Text.of("living.grantStatus." + next));
    }
    return next;
  }
}
