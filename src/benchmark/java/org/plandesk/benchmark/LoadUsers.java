package org.plandesk.benchmark;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * The staff of the load benchmark: {@code coordinator01}, {@code lending03}, ... ten per group,
 * password {@code demo}, created by {@link ScaleSeed} next to the demo users.
 */
final class LoadUsers {

  static final String PASSWORD = "demo";
  static final int PER_GROUP = 10;
  static final List<String> DEPARTMENTS =
      List.of("lending", "children", "network", "events", "digital");
  static final List<String> GROUPS = groups();

  private LoadUsers() {}

  static String id(String group, int number) {
    return "%s%02d".formatted(group, number);
  }

  static int create(IdentityService identity) {
    int created = 0;
    for (String group : GROUPS) {
      for (int i = 1; i <= PER_GROUP; i++) {
        String id = id(group, i);
        if (identity.createUserQuery().userId(id).count() > 0) {
          continue;
        }
        User user = identity.newUser(id);
        user.setFirstName("Load");
        user.setLastName(id);
        user.setEmail(id + "@library.example");
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(id, group);
        created++;
      }
    }
    return created;
  }

  private static List<String> groups() {
    List<String> groups = new ArrayList<>(List.of("coordinator", "director", "auditor"));
    groups.addAll(DEPARTMENTS);
    return List.copyOf(groups);
  }
}
