package org.plandesk.grant;

import java.util.Set;

/** The documents of a grant request: each is generated once, at its step, and never changed. */
public enum GrantDocumentEdition {
  /** The request as the director approved it, with the decision. */
  REQUEST(
      Set.of(
          GrantStatus.APPROVED,
          GrantStatus.SUBMITTED,
          GrantStatus.AWARDED,
          GrantStatus.DECLINED,
          GrantStatus.MISSED,
          GrantStatus.CLOSED)),
  /** The request with the funder's award: amount awarded, conditions and reporting obligations. */
  AWARD(Set.of(GrantStatus.AWARDED, GrantStatus.CLOSED));

  private final Set<GrantStatus> reached;

  GrantDocumentEdition(Set<GrantStatus> reached) {
    this.reached = reached;
  }

  /** Whether a request in this status has come past the step that makes this document. */
  public boolean isDueIn(GrantStatus status) {
    return reached.contains(status);
  }
}
