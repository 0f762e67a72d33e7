package org.plandesk.plan;

import java.time.LocalDate;

/**
 * What happened to a plan version, published by {@link PlanService} inside the transaction that
 * made it happen, so listeners (mail outbox, audit) record it in the same transaction or not at
 * all.
 */
public final class PlanEvents {

  private PlanEvents() {}

  /** The director sent the version back to the coordinator. */
  public record ChangesRequested(long versionId, String comment) {}

  /** The director rejected the version. */
  public record VersionRejected(long versionId, String comment) {}

  /** The director approved the version. */
  public record VersionApproved(long versionId, String versionNumber, LocalDate effectiveDate) {}

  /** The version entered into force; the one it superseded, if any. */
  public record VersionEnteredForce(long versionId, Long supersededVersionId) {}

  /** A periodic review retired the plan: its version in force ended as RETIRED. */
  public record VersionRetired(long versionId, String reason) {}

  /** The coordinator withdrew the version. */
  public record VersionWithdrawn(long versionId, String reason) {}

  /** A department let the input deadline pass without input. */
  public record InputMissed(long versionId, String department) {}
}
