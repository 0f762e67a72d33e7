package org.plandesk.plan;

import org.plandesk.system.DomainException;
import org.plandesk.system.Text;

/**
 * A request that collides with something another request recorded first (two submissions of the
 * same department's input, racing past each other). Nothing was changed; the message says what is
 * already there. APIs answer 409.
 */
public class PlanConflict extends DomainException {

  /** The sentence {@code key} of {@code i18n/messages*.properties} with its arguments. */
  public PlanConflict(Throwable cause, String key, Object... args) {
    super(Kind.CONFLICT, Text.of(key, args), cause);
  }
}
