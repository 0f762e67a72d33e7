package org.plandesk.notification;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.plandesk.grant.GrantRequest;
import org.plandesk.grant.GrantService;
import org.plandesk.grant.process.GrantRequestPort;
import org.plandesk.plan.Plan;
import org.plandesk.plan.PlanLanguage;
import org.springframework.stereotype.Component;

/**
 * Finds the grant request a process step is about (the grant-request process's port says which),
 * and the language its mails fall back to.
 */
@Component
class GrantLookup {

  private final GrantService grants;
  private final GrantRequestPort grantRequests;
  private final NotificationProperties properties;

  GrantLookup(
      GrantService grants, GrantRequestPort grantRequests, NotificationProperties properties) {
    this.grants = grants;
    this.grantRequests = grantRequests;
    this.properties = properties;
  }

  GrantRequest request(long grantId) {
    return grants.request(grantId);
  }

  /** The grant request of the process the scope belongs to, if it is about one. */
  Optional<GrantRequest> of(VariableScope scope) {
    return grantRequests.grantId(scope).map(this::request);
  }

  /** The language of the plan the request serves, else the default. */
  PlanLanguage language(GrantRequest grant) {
    return grants
        .servedPlan(grant)
        .map(Plan::language)
        .orElseGet(() -> PlanLanguage.of(properties.defaultLanguage()));
  }
}
