package org.plandesk.identity;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.stereotype.Component;

/**
 * A new user may read their own account and nothing more. Camunda's default gives every user ALL on
 * their own user: they could delete themselves (the only director did: no one could approve) or
 * take someone else's name, which PlanDesk copies into the record. Names and accounts change
 * through the administrator only. Accounts made before this rule are narrowed by {@link
 * IdentitySetup}.
 */
@Component
class ReadOnlyOwnAccount extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new Provider());
  }

  private static final class Provider extends DefaultAuthorizationProvider {
    @Override
    public AuthorizationEntity[] newUser(User user) {
      AuthorizationEntity own = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
      own.setUserId(user.getId());
      own.setResource(Resources.USER);
      own.setResourceId(user.getId());
      own.addPermission(Permissions.READ);
      return new AuthorizationEntity[] {own};
    }
  }
}
