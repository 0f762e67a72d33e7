package org.plandesk.grant;

import java.time.Instant;

/** One entry of a grant request's history: prepared, decisions, reminders, submission, reports. */
public record GrantEvent(long id, String kind, String detail, String actor, Instant happenedAt) {}
