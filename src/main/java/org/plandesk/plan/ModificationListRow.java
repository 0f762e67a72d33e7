package org.plandesk.plan;

import java.time.LocalDate;

/**
 * One row of a plan's modification list (seed 000: "A módosítások listája"), with the page count of
 * the version's approved document (null while it has none, or no PDF).
 */
public record ModificationListRow(
    String versionNumber,
    String fileName,
    Integer pageCount,
    String modifiedBy,
    String approvedBy,
    LocalDate approvalDate,
    LocalDate effectiveDate,
    VersionStatus status) {

  static ModificationListRow of(PlanVersion v, Integer pageCount) {
    return new ModificationListRow(
        v.versionNumber(),
        v.fileName(),
        pageCount,
        v.preparedByName(),
        v.approvedByName(),
        v.approvalDate(),
        v.effectiveDate(),
        v.status());
  }
}
