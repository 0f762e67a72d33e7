package org.plandesk.plan;

import java.util.EnumSet;
import java.util.Set;
import org.plandesk.system.Text;

/**
 * The life of a plan version. A version is DRAFT while the coordinator and the departments work on
 * it, IN_APPROVAL while the director decides, APPROVED (frozen) until its effective date, then
 * IN_FORCE until a newer version supersedes it, or until a periodic review retires the plan
 * (RETIRED).
 */
public enum VersionStatus {
  DRAFT,
  IN_APPROVAL,
  APPROVED,
  IN_FORCE,
  SUPERSEDED,
  REJECTED,
  WITHDRAWN,
  RETIRED;

  /** The statuses this one may move to. */
  public Set<VersionStatus> successors() {
    return switch (this) {
      case DRAFT -> EnumSet.of(IN_APPROVAL, WITHDRAWN);
      case IN_APPROVAL -> EnumSet.of(DRAFT, APPROVED, REJECTED, WITHDRAWN);
      case APPROVED -> EnumSet.of(IN_FORCE);
      case IN_FORCE -> EnumSet.of(SUPERSEDED, RETIRED);
      case SUPERSEDED, REJECTED, WITHDRAWN, RETIRED -> EnumSet.noneOf(VersionStatus.class);
    };
  }

  /** The statuses that may move to this one. */
  public Set<VersionStatus> predecessors() {
    Set<VersionStatus> from = EnumSet.noneOf(VersionStatus.class);
    for (VersionStatus status : values()) {
      if (status.successors().contains(this)) {
        from.add(status);
      }
    }
    return from;
  }

  /** Whether the version is still being drafted or approved (a plan has at most one such). */
  public boolean isOpen() {
    return this == DRAFT || this == IN_APPROVAL;
  }

  /** Whether the content may still change: only while drafting. */
  public boolean isEditable() {
    return this == DRAFT;
  }

  /** Checks a transition, failing with a clear message when the life of a version forbids it. */
  public VersionStatus moveTo(VersionStatus next) {
    if (!successors().contains(next)) {
      throw new PlanRuleViolation(
          "plan.statusChange", Text.of("status." + this), Text.of("status." + next));
    }
    return next;
  }
}
