package org.plandesk.plan;

import java.time.LocalDate;

/**
 * A plan as the register lists it: its identity, its status (in force when a version is, else the
 * status of its latest version), the version in force (if any) and the version being drafted or
 * approved (if any).
 */
public record RegisterRow(
    String code,
    String title,
    PlanType type,
    PlanLanguage language,
    VersionStatus status,
    Long inForceVersionId,
    String versionInForce,
    LocalDate effectiveDate,
    Long openVersionId,
    VersionStatus openStatus) {}
