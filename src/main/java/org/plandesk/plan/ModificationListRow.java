package org.plandesk.plan;

import java.time.LocalDate;

/** One row of a plan's modification list (seed 000: "A módosítások listája"). */
public record ModificationListRow(
    String versionNumber,
    String fileName,
    Integer pageCount,
    String modifiedBy,
    String approvedBy,
    LocalDate approvalDate,
    LocalDate effectiveDate,
    VersionStatus status) {

  static ModificationListRow of(PlanVersion v) {
    return new ModificationListRow(
        v.versionNumber(),
        v.fileName(),
        v.pageCount(),
        v.preparedByName(),
        v.approvedByName(),
        v.approvalDate(),
        v.effectiveDate(),
        v.status());
  }
}
