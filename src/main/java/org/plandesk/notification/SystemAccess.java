package org.plandesk.notification;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine lookups for mail without the signed-in user's authorizations: the director who
 * approves may not read the coordinator's user record or a department's task, yet PlanDesk must
 * find both to write the mails. The user's authentication is restored afterwards.
 */
@Component
class SystemAccess {

  private final IdentityService identity;

  SystemAccess(IdentityService identity) {
    this.identity = identity;
  }

  <T> T run(Supplier<T> lookup) {
    Authentication current = identity.getCurrentAuthentication();
    if (current == null) {
      return lookup.get();
    }
    identity.clearAuthentication();
    try {
      return lookup.get();
    } finally {
      identity.setAuthentication(current);
    }
  }

  /** The id of the signed-in user, or null when the engine acts on its own (a timer). */
  String currentUserId() {
    Authentication current = identity.getCurrentAuthentication();
    return current == null ? null : current.getUserId();
  }
}
