package org.plandesk.plan;

import java.time.LocalDate;

/**
 * A plan as the register lists it: its identity, the version in force (if any), the version being
 * drafted or approved (if any), and the status of its latest version.
 */
public record RegisterRow(
    String code,
    String title,
    PlanType type,
    PlanLanguage language,
    VersionStatus latestStatus,
    Long inForceVersionId,
    String versionInForce,
    LocalDate effectiveDate,
    Long openVersionId,
    VersionStatus openStatus) {

  /** The plan's status: in force when a version is, else the state of its latest version. */
  public String status() {
    return inForceVersionId != null ? VersionStatus.IN_FORCE.name() : latestStatus.name();
  }
}
