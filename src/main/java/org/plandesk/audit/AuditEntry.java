package org.plandesk.audit;

import java.time.Instant;

/** One line of a plan's audit trail: when, which version, who, what happened, and its details. */
public record AuditEntry(
    Instant at, String version, String actorId, String actor, String action, String detail) {}
