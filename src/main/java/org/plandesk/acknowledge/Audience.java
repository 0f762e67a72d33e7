package org.plandesk.acknowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.plandesk.identity.DepartmentDirectory;
import org.plandesk.identity.Groups;
import org.plandesk.identity.Person;
import org.springframework.stereotype.Component;

/**
 * Who must read a version: the members of the groups the coordinator chose, each once; when none
 * were chosen, all staff of the library (the coordinator, the director, the auditors and every
 * department; the administrators' technical accounts are not library staff). Read from Camunda's
 * identity service without the signed-in user's authorizations (a director may not list users).
 */
@Component
class Audience {

  private final IdentityService identity;
  private final DepartmentDirectory departments;

  Audience(IdentityService identity, DepartmentDirectory departments) {
    this.identity = identity;
    this.departments = departments;
  }

  /** The groups a round asks when none were chosen. */
  List<String> allStaffGroups() {
    List<String> groups =
        new ArrayList<>(List.of(Groups.COORDINATOR, Groups.DIRECTOR, Groups.AUDITOR));
    departments.namesById().keySet().stream().filter(g -> !groups.contains(g)).forEach(groups::add);
    return groups;
  }

  /** Every member of the groups (all staff's when empty), each once, ordered by user id. */
  List<Person> of(List<String> groups) {
    List<String> asked = groups.isEmpty() ? allStaffGroups() : groups;
    Map<String, Person> people = new LinkedHashMap<>();
    Authentication current = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      for (String group : asked) {
        for (User user : identity.createUserQuery().memberOfGroup(group).list()) {
          people.putIfAbsent(user.getId(), new Person(user.getId(), name(user)));
        }
      }
    } finally {
      if (current != null) {
        identity.setAuthentication(current);
      }
    }
    return people.values().stream().sorted(java.util.Comparator.comparing(Person::id)).toList();
  }

  private static String name(User user) {
    String name =
        (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).strip();
    return name.isEmpty() ? user.getId() : name;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
