package org.plandesk.notification;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.plandesk.grant.GrantRequest;
import org.plandesk.grant.GrantService;
import org.plandesk.plan.Plan;
import org.plandesk.plan.PlanLanguage;
import org.springframework.stereotype.Component;

/**
 * Finds the grant request a process step is about, and the language its mails fall back to. Mail
 * reads one variable of the grant-request process ({@code
 * org.plandesk.grant.process.GrantRequestVariables} declares it): {@value #GRANT_ID}.
 */
@Component
class GrantLookup {

  static final String GRANT_ID = "grantId";

  private final GrantService grants;
  private final NotificationProperties properties;

  GrantLookup(GrantService grants, NotificationProperties properties) {
    this.grants = grants;
    this.properties = properties;
  }

  GrantRequest request(long grantId) {
    return grants.request(grantId);
  }

  /** The grant request of the process the scope belongs to, if it is about one. */
  Optional<GrantRequest> of(VariableScope scope) {
    return scope.getVariable(GRANT_ID) instanceof Number id
        ? Optional.of(request(id.longValue()))
        : Optional.empty();
  }

  /** The language of the plan the request serves, else the default. */
  PlanLanguage language(GrantRequest grant) {
    return grants
        .servedPlan(grant)
        .map(Plan::language)
        .orElseGet(() -> PlanLanguage.of(properties.defaultLanguage()));
  }
}
