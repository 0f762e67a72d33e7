package org.plandesk.grant;

import org.plandesk.system.DomainException;
import org.plandesk.system.Text;

/** No grant request or reporting obligation with the given id. */
public class GrantNotFound extends DomainException {

  /** The sentence {@code key} of {@code i18n/messages*.properties} with its arguments. */
  public GrantNotFound(String key, Object... args) {
    super(Kind.NOT_FOUND, Text.of(key, args));
  }
}
