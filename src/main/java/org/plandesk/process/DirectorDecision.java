package org.plandesk.process;

import java.util.Arrays;
import java.util.Optional;

/**
 * The director's choices in every approval form (plan versions, grant requests): the values of the
 * {@code decision} field and of the gateways after the approval task.
 */
public enum DirectorDecision {
  APPROVE,
  REQUEST_CHANGES,
  REJECT;

  /** The choice a form sent; empty for none or for a value that is not one of these. */
  public static Optional<DirectorDecision> of(String choice) {
    return Arrays.stream(values()).filter(d -> d.name().equals(choice)).findFirst();
  }
}
