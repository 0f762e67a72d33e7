package org.plandesk.review;

import java.time.Instant;
import java.time.LocalDate;

/** One recorded review of a version in force: who decided what, when, and the next due date. */
public record PlanReview(
    long id,
    long versionId,
    ReviewOutcome outcome,
    String remark,
    String reviewedBy,
    String reviewedByName,
    String confirmedBy,
    LocalDate reviewDate,
    LocalDate dueDate,
    LocalDate nextDueDate,
    Instant recordedAt) {}
