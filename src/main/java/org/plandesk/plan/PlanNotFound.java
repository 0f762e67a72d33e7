package org.plandesk.plan;

import org.plandesk.system.DomainException;
import org.plandesk.system.Text;

/** The plan or version asked for does not exist. */
public class PlanNotFound extends DomainException {

  /** The sentence {@code key} of {@code i18n/messages*.properties} with its arguments. */
  public PlanNotFound(String key, Object... args) {
    super(Kind.NOT_FOUND, Text.of(key, args));
  }
}
