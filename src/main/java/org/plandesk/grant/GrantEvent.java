package org.plandesk.grant;

import java.time.Instant;

/** One entry of a grant request's history: prepared, decisions, reminders, submission, reports. */
public record GrantEvent(long id, Kind kind, String detail, String actor, Instant happenedAt) {

  /** What happened; stored by name in {@code grant_event.kind}. */
  public enum Kind {
    /** The request was stored, waiting for the director. */
    PREPARED,
    /** The preparer revised it after the director requested changes. */
    REVISED,
    /** The director approved it. */
    APPROVED,
    /** The director sent it back with a comment. */
    CHANGES_REQUESTED,
    /** The director rejected it. */
    REJECTED,
    /** The funder's deadline is near and the request is not submitted yet. */
    SUBMISSION_REMINDER,
    /** Submitted to the funder. */
    SUBMITTED,
    /** The funder's deadline passed before it was submitted. */
    DEADLINE_MISSED,
    /** Long after the submission, no funder's decision is recorded. */
    DECISION_REMINDER,
    /** The funder awarded it. */
    AWARDED,
    /** The funder declined it. */
    DECLINED,
    /** A reporting obligation is due soon. */
    REPORT_REMINDER,
    /** A reporting obligation was reported. */
    REPORTED,
    /** Every reporting obligation is reported. */
    CLOSED,
    /** A document of the request was generated and stored. */
    DOCUMENT_GENERATED,
    /** The coordinator set the goals and action items it funds (the detail lists them). */
    LINKS_SET
  }
}
