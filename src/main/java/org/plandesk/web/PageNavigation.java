package org.plandesk.web;

import org.plandesk.identity.Groups;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the page header offers the signed-in user, read by {@code templates/layout.html} as {@code
 * ${@pageNavigation...}} (Thymeleaf has no request or security objects of its own here).
 */
@Component("pageNavigation")
class PageNavigation {

  private static final String ADMIN_ROLE = "ROLE_" + Groups.ADMIN;

  /** Whether the user is an administrator (group camunda-admin): the mail page is theirs. */
  public boolean admin() {
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    return user != null
        && user.getAuthorities().stream().anyMatch(a -> ADMIN_ROLE.equals(a.getAuthority()));
  }
}
