package org.plandesk.plan;

import org.plandesk.system.DomainException;

/** The plan or version asked for does not exist. */
public class PlanNotFound extends DomainException {

  public PlanNotFound(String message) {
    super(Kind.NOT_FOUND, message);
  }
}
