package org.plandesk.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Signs staff in to PlanDesk's pages and API with the users of Camunda's identity service; each
 * Camunda group becomes a role ({@code ROLE_<groupId>}).
 */
@Component
class CamundaAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identity;

  CamundaAuthenticationProvider(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    String user = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (user == null
        || credentials == null
        || !identity.checkPassword(user, credentials.toString())) {
      throw new BadCredentialsException("Wrong user name or password");
    }
    List<SimpleGrantedAuthority> roles =
        identity.createGroupQuery().groupMember(user).list().stream()
            .map(Group::getId)
            .map(id -> new SimpleGrantedAuthority("ROLE_" + id))
            .toList();
    return UsernamePasswordAuthenticationToken.authenticated(user, null, roles);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
