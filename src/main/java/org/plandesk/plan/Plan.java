package org.plandesk.plan;

import java.time.Instant;

/** A controlled plan: a code and title under which numbered versions are approved. */
public record Plan(
    long id,
    String code,
    String title,
    PlanType type,
    PlanLanguage language,
    String createdBy,
    Instant createdAt) {}
