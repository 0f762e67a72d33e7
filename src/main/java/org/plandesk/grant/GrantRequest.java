package org.plandesk.grant;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A grant or fundraising request (seed 004: fundraising, grant activity) as stored. */
public record GrantRequest(
    long id,
    GrantStatus status,
    String title,
    String funder,
    String programme,
    BigDecimal amountRequested,
    String currency,
    BigDecimal ownContribution,
    String purpose,
    String expectedResults,
    String planCode,
    String actionItem,
    LocalDate funderDeadline,
    String responsible,
    String preparedBy,
    String directorComment,
    String directorDecidedBy,
    LocalDate directorDecidedOn,
    LocalDate submittedOn,
    BigDecimal amountAwarded,
    String awardConditions,
    String decisionComment,
    String processInstanceId,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * This request in its next status, when its life allows the move ({@link GrantStatus#moveTo});
   * {@code GrantRepository.updateStatus} writes it.
   */
  public GrantRequest moveTo(GrantStatus next) {
    return new GrantRequest(
        id,
        status.moveTo(next),
        title,
        funder,
        programme,
        amountRequested,
        currency,
        ownContribution,
        purpose,
        expectedResults,
        planCode,
        actionItem,
        funderDeadline,
        responsible,
        preparedBy,
        directorComment,
        directorDecidedBy,
        directorDecidedOn,
        submittedOn,
        amountAwarded,
        awardConditions,
        decisionComment,
        processInstanceId,
        createdAt,
        updatedAt);
  }
}
