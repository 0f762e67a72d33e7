package org.plandesk.plan;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a plan. The version number, approver and dates are set on approval; from then on
 * the content is frozen.
 */
public record PlanVersion(
    long id,
    long planId,
    int sequence,
    VersionStatus status,
    String versionNumber,
    String fileName,
    PlanContent content,
    String preparedBy,
    String preparedByName,
    String approvedBy,
    String approvedByName,
    LocalDate approvalDate,
    LocalDate effectiveDate,
    String decisionComment,
    String withdrawalReason,
    String processInstanceId,
    int revision,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * This version in its next status, when the life of a version allows the move ({@link
   * VersionStatus#moveTo}); {@code PlanRepository.updateStatus} writes it.
   */
  public PlanVersion moveTo(VersionStatus next) {
    return new PlanVersion(
        id,
        planId,
        sequence,
        status.moveTo(next),
        versionNumber,
        fileName,
        content,
        preparedBy,
        preparedByName,
        approvedBy,
        approvedByName,
        approvalDate,
        effectiveDate,
        decisionComment,
        withdrawalReason,
        processInstanceId,
        revision,
        createdAt,
        updatedAt);
  }
}
