package org.plandesk.plan.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plandesk.identity.Groups;
import org.plandesk.plan.PlanRuleViolation;
import org.plandesk.process.ProcessVariable;
import org.plandesk.process.Words;

/**
 * The groups the coordinator may ask to read and confirm a version once it is in force: the
 * library's staff by role (coordinator, director, auditors) and every department, named in the
 * plan's language for the consolidation form. Choosing none asks all of them.
 */
final class AcknowledgeGroups {

  private AcknowledgeGroups() {}

  /** The form's options: the roles, then the departments (already named). */
  static Map<String, String> options(Map<String, String> departments, Words words) {
    Map<String, String> options = new LinkedHashMap<>();
    for (String role : List.of(Groups.COORDINATOR, Groups.DIRECTOR, Groups.AUDITOR)) {
      options.put(role, words.group(role));
    }
    departments.forEach(options::putIfAbsent);
    return options;
  }

  /** Refuses a group the form did not offer (a request that bypassed the form). */
  static void check(List<String> chosen, Map<String, String> offered) {
    for (String group : chosen) {
      if (!offered.containsKey(group)) {
        throw new PlanRuleViolation(
            "acknowledge.unknownGroup", ProcessVariable.label("acknowledgeGroups"), group);
      }
    }
  }
}
