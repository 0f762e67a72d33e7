package org.plandesk.grant;

import org.plandesk.system.DomainException;

/** No grant request or reporting obligation with the given id. */
public class GrantNotFound extends DomainException {

  public GrantNotFound(String message) {
    super(Kind.NOT_FOUND, message);
  }
}
