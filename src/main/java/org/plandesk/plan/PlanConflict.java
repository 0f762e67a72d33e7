package org.plandesk.plan;

import org.plandesk.system.DomainException;

/**
 * A request that collides with something another request recorded first (two submissions of the
 * same department's input, racing past each other). Nothing was changed; the message says what is
 * already there. APIs answer 409.
 */
public class PlanConflict extends DomainException {

  public PlanConflict(String message, Throwable cause) {
    super(Kind.CONFLICT, message, cause);
  }
}
