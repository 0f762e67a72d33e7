package org.plandesk.notification;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.plandesk.grant.GrantRequest;
import org.plandesk.grant.GrantService;
import org.plandesk.plan.PlanLanguage;
import org.plandesk.plan.PlanNotFound;
import org.plandesk.plan.PlanService;
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
  private final PlanService plans;
  private final NotificationProperties properties;

  GrantLookup(GrantService grants, PlanService plans, NotificationProperties properties) {
    this.grants = grants;
    this.plans = plans;
    this.properties = properties;
  }

  GrantRequest request(long grantId) {
    return grants.request(grantId);
  }

  /** The grant request of the process the scope belongs to, if it is about one. */
  Optional<GrantRequest> of(VariableScope scope) {
    return scope.getVariable(GRANT_ID) instanceof Number id ? Optional.of(request(id.longValue())) : Optional.empty();
  }

  /** The language of the plan the request serves, else the default. */
  PlanLanguage language(GrantRequest grant) {
    if (grant.planCode() != null) {
      try {
        return plans.overview(grant.planCode()).plan().language();
      } catch (PlanNotFound e) {
        // a plan code that names no plan (any more): the default language
      }
    }
    return PlanLanguage.of(properties.defaultLanguage());
  }
}
