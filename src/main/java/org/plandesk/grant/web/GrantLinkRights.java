package org.plandesk.grant.web;

import org.plandesk.identity.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.server.ResponseStatusException;

/**
 * Only the communication coordinator sets what a grant request funds. The path rules ({@link
 * GrantApiAccess}, {@link GrantPageAccess}) refuse everyone else first; this check stands behind
 * them, so that a rule changed by mistake does not open the change to every role.
 */
final class GrantLinkRights {

  private GrantLinkRights() {}

  static boolean mayLink(Authentication user) {
    return user != null
        && user.getAuthorities().stream()
            .anyMatch(a -> a.getAuthority().equals("ROLE_" + Groups.COORDINATOR));
  }

  static void requireCoordinator(Authentication user) {
    if (!mayLink(user)) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN, "Only the communication coordinator links grants to goals");
    }
  }
}
