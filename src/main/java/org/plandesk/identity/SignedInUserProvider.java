package org.plandesk.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Tells the Camunda webapps who is signed in to PlanDesk: the user of the Spring Security session,
 * so one sign-in serves PlanDesk's pages, the Tasklist, Cockpit and Admin. Groups are read from
 * Camunda's identity service by the webapps themselves. Instantiated by Camunda's {@code
 * ContainerBasedAuthenticationFilter} (hence public with a no-argument constructor).
 */
public class SignedInUserProvider implements AuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(
      HttpServletRequest request, ProcessEngine engine) {
    Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
    if (signedIn == null
        || !signedIn.isAuthenticated()
        || signedIn instanceof AnonymousAuthenticationToken) {
      return AuthenticationResult.unsuccessful();
    }
    return AuthenticationResult.successful(signedIn.getName());
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(
      HttpServletResponse response, ProcessEngine engine) {
    // No challenge: an unauthenticated browser is sent to PlanDesk's sign-in by Spring Security
    // first.
  }
}
