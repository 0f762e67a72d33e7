package org.plandesk.signing;

import java.time.Instant;

/**
 * A signer whose password {@link SigningGate} has just checked, for one task. Only the gate makes
 * one (the constructor is the package's), and it lives only on the thread of the request that
 * completes the task ({@link SigningGate#open}): no variable, header or field a client sends can
 * stand for it.
 */
public final class VerifiedSigner {

  private final String userId;
  private final String taskId;
  private final Instant verifiedAt;

  VerifiedSigner(String userId, String taskId, Instant verifiedAt) {
    this.userId = userId;
    this.taskId = taskId;
    this.verifiedAt = verifiedAt;
  }

  public String userId() {
    return userId;
  }

  public String taskId() {
    return taskId;
  }

  public Instant verifiedAt() {
    return verifiedAt;
  }
}
