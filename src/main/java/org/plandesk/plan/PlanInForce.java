package org.plandesk.plan;

import java.time.LocalDate;

/**
 * A plan's version in force without its content: what lists across all plans in force (the calendar
 * of what is due) read in one query, leaving the content to be read only when not already known (a
 * version in force never changes).
 */
public record PlanInForce(
    String code, String title, long versionId, String versionNumber, LocalDate effectiveDate) {}
