package org.plandesk.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.plandesk.identity.Person;
import org.springframework.stereotype.Component;

/**
 * Who performs a step, for every process: the signed-in user, else the task's assignee, as a user
 * id or as a {@link Person} with the name documents print.
 */
@Component
public class Actors {

  private final IdentityService identity;

  Actors(IdentityService identity) {
    this.identity = identity;
  }

  /** The user completing the task: the signed-in user, else its assignee. */
  public String userId(DelegateTask task) {
    String signedIn = signedInUserId();
    return signedIn != null ? signedIn : task.getAssignee();
  }

  public Person completing(DelegateTask task) {
    return person(userId(task));
  }

  /** The signed-in user whose request runs a service task, else PlanDesk itself (a timer). */
  public Person signedIn() {
    return person(signedInUserId());
  }

  /** A user as documents name them; an unknown id stands for itself, no id for PlanDesk. */
  public Person person(String userId) {
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

  public boolean exists(String userId) {
    return userId != null && identity.createUserQuery().userId(userId).count() > 0;
  }

  private String signedInUserId() {
    Authentication auth = identity.getCurrentAuthentication();
    return auth == null ? null : auth.getUserId();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
