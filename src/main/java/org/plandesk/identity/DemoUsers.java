package org.plandesk.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.plandesk.system.StartUpLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo users of the embedded default set-up, one or more per group, all with the password {@code
 * demo} (listed in the README). Never created in the postgres profile.
 */
@Component
@ConditionalOnProperty(name = "plandesk.demo-data", havingValue = "true")
class DemoUsers {

  static final String PASSWORD = "demo";
  private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

  private record Demo(String id, String first, String last, String group) {}

  // Names from the seeds: seed 000's plan was prepared by Márku Mónika, approved by Mikolasek
  // Zsófia.
  private static final List<Demo> USERS =
      List.of(
          new Demo("coordinator", "Márku", "Mónika", Groups.COORDINATOR),
          new Demo("director", "Mikolasek", "Zsófia", Groups.DIRECTOR),
          new Demo("auditor", "Rasa", "Petrauskienė", Groups.AUDITOR),
          new Demo("anna", "Anna", "Lindqvist", "lending"),
          new Demo("olena", "Olena", "Kovalchuk", "children"),
          new Demo("aigerim", "Aigerim", "Nurlanovna", "network"),
          new Demo("peter", "Péter", "Szabó", "events"),
          new Demo("jonas", "Jonas", "Kazlauskas", "digital"));

  private final IdentityService identity;
  private final StartUpLock lock;

  DemoUsers(IdentityService identity, StartUpLock lock) {
    this.identity = identity;
    this.lock = lock;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(2)
  public void create() {
    lock.holding(this::createMissing);
  }

  private void createMissing() {
    for (Demo demo : USERS) {
      if (identity.createUserQuery().userId(demo.id()).count() > 0) {
        continue;
      }
      User user = identity.newUser(demo.id());
      user.setFirstName(demo.first());
      user.setLastName(demo.last());
      user.setEmail(demo.id() + "@library.example");
      user.setPassword(PASSWORD);
      identity.saveUser(user);
      if (identity.createGroupQuery().groupId(demo.group()).count() > 0) {
        identity.createMembership(demo.id(), demo.group());
      }
      log.info("Created demo user {} in group {}", demo.id(), demo.group());
    }
  }
}
