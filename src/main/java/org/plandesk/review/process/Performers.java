package org.plandesk.review.process;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.plandesk.plan.Person;
import org.springframework.stereotype.Component;

/**
 * Who performs a step (the signed-in user, else the task's assignee) and today's date by the
 * engine's clock, which tests move to reach due dates. Shared by the review and grant glue.
 */
@Component
public class Performers {

  private final IdentityService identity;

  Performers(IdentityService identity) {
    this.identity = identity;
  }

  public Person completing(DelegateTask task) {
    return person(userId(task));
  }

  public String userId(DelegateTask task) {
    Authentication auth = identity.getCurrentAuthentication();
    return auth != null && auth.getUserId() != null ? auth.getUserId() : task.getAssignee();
  }

  public Person person(String userId) {
    if (userId == null) {
      return new Person("system", "PlanDesk");
    }
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return new Person(userId, userId);
    }
    String name =
        ((user.getFirstName() == null ? "" : user.getFirstName())
                + " "
                + (user.getLastName() == null ? "" : user.getLastName()))
            .strip();
    return new Person(userId, name.isEmpty() ? userId : name);
  }

  public boolean userExists(String userId) {
    return userId != null && identity.createUserQuery().userId(userId).count() > 0;
  }

  public static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
  }
}
