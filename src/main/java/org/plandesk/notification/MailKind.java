package org.plandesk.notification;

/**
 * What a mail is about; each kind has its texts in the {@code notification/mail_*.properties}
 * bundles.
 */
public enum MailKind {
  /** A task was created for a group the recipient belongs to (or for the recipient by name). */
  TASK_CREATED,
  /** A task was assigned to the recipient by someone else. */
  TASK_ASSIGNED,
  /** The department has not given its input and the deadline is near. */
  INPUT_REMINDER,
  /** The input round closed: to the coordinator, naming the departments that gave no input. */
  INPUT_MISSED,
  /** The director approved the version: to the coordinator, with the effective date. */
  VERSION_APPROVED,
  /** The director asked for changes: to the coordinator, with the comment. */
  CHANGES_REQUESTED,
  /** The director rejected the version: to the coordinator, with the comment. */
  VERSION_REJECTED,
  /** The version entered into force: to all staff, with the approved document. */
  VERSION_IN_FORCE,
  /** A version in force is still not confirmed as read: to each person asked who has not. */
  ACKNOWLEDGEMENT_REMINDER,
  /**
   * People asked to read a version in force have not confirmed: to the coordinator, naming them.
   */
  ACKNOWLEDGEMENT_ESCALATION,
  /** The periodic review of a version in force is due soon: to the coordinator. */
  REVIEW_REMINDER,
  /**
   * A grant request is not submitted and the funder's deadline is near: to the responsible person.
   */
  GRANT_SUBMISSION_REMINDER,
  /** No funder's decision recorded long after the submission: to the responsible person. */
  GRANT_DECISION_REMINDER,
  /** A reporting obligation of an awarded grant is due soon: to the responsible person. */
  GRANT_REPORT_REMINDER
}
