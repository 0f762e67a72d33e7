package org.plandesk.notification;

/** Where a mail of the outbox stands. */
public enum MailStatus {
  /** Waiting for the sender (again, after a failed attempt, once its next attempt is due). */
  PENDING,
  /** Claimed by one sender; no other sender touches it unless the claim expires (a crash). */
  SENDING,
  /** Accepted by the SMTP server. */
  SENT,
  /** Failed the maximum number of attempts, or could not be built; an admin may resend it. */
  FAILED,
  /**
   * Written while no SMTP server was configured: kept for people to read, never sent on its own.
   */
  HELD,
  /**
   * Its sender handed it to the SMTP server and stopped (a crash) before the server's answer was
   * recorded: it may have been delivered. Never sent again on its own, so never twice; an admin
   * looks for its Message-ID and either confirms it delivered or resends it.
   */
  UNCONFIRMED
}
