package org.plandesk.plan.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.plandesk.plan.Person;
import org.springframework.stereotype.Component;

/** Finds who performs a step: the signed-in user, else the task's assignee, as a {@link Person}. */
@Component
class Actor {

  private final IdentityService identity;

  Actor(IdentityService identity) {
    this.identity = identity;
  }

  Person completing(DelegateTask task) {
    Authentication auth = identity.getCurrentAuthentication();
    String userId =
        auth != null && auth.getUserId() != null ? auth.getUserId() : task.getAssignee();
    return person(userId);
  }

  Person person(String userId) {
    if (userId == null) {
      return new Person("system", "PlanDesk");
    }
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return new Person(userId, userId);
    }
    // Printed as "first last": enter names in the order the library's documents use them.
    String name =
        (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).strip();
    return new Person(userId, name.isEmpty() ? userId : name);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
