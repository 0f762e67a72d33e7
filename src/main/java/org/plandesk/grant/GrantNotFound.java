package org.plandesk.grant;

/** No grant request or reporting obligation with the given id. */
public class GrantNotFound extends RuntimeException {

  public GrantNotFound(String message) {
    super(message);
  }
}
