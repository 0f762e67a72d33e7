package org.plandesk.acknowledge;

import java.time.Instant;

/**
 * One person's line in a version's acknowledgement round: who (id and name as it was when the round
 * opened), and when they confirmed, or null while they have not.
 */
public record Confirmation(String userId, String name, Instant confirmedAt) {

  public boolean confirmed() {
    return confirmedAt != null;
  }
}
