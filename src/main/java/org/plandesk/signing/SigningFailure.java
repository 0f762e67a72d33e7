package org.plandesk.signing;

import java.time.Instant;

/**
 * A refused signature, for the audit trail: a wrong password, or a try while signing was locked.
 *
 * @param subject what was to be signed, when known
 */
public record SigningFailure(
    String userId, SignedSubject subject, String taskId, Outcome outcome, Instant at) {

  /** Why it was refused. */
  public enum Outcome {
    WRONG_PASSWORD,
    LOCKED
  }
}
