package org.plandesk.plan.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** The staff of the lifecycle tests where no demo users exist (the postgres profile). */
final class TestStaff {

  private TestStaff() {}

  static void ensure(IdentityService identity) {
    user(identity, "coordinator", "Márku", "Mónika", "coordinator");
    user(identity, "director", "Mikolasek", "Zsófia", "director");
    user(identity, "auditor", "Rasa", "Petrauskienė", "auditor");
    user(identity, "anna", "Anna", "Lindqvist", "lending");
    user(identity, "peter", "Péter", "Szabó", "events");
  }

  private static void user(
      IdentityService identity, String id, String first, String last, String group) {
    if (identity.createUserQuery().userId(id).count() > 0) {
      return;
    }
    User user = identity.newUser(id);
    user.setFirstName(first);
    user.setLastName(last);
    user.setPassword("test");
    identity.saveUser(user);
    identity.createMembership(id, group);
  }
}
