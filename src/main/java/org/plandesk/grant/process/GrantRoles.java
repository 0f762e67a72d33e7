package org.plandesk.grant.process;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.plandesk.identity.DepartmentDirectory;
import org.plandesk.identity.Groups;
import org.plandesk.plan.PlanRuleViolation;
import org.plandesk.process.Actors;
import org.springframework.stereotype.Component;

/** Who may prepare a grant request, which group shares its tasks, and who may be responsible. */
@Component
class GrantRoles {

  private final IdentityService identity;
  private final DepartmentDirectory departments;
  private final Actors actors;

  GrantRoles(IdentityService identity, DepartmentDirectory departments, Actors actors) {
    this.identity = identity;
    this.departments = departments;
    this.actors = actors;
  }

  /**
   * The group that shares the preparer's tasks: the coordinator, else the preparer's first
   * department. Anyone else may not prepare a grant request.
   */
  String preparerGroup(String userId) {
    Set<String> groups =
        userId == null
            ? Set.of()
            : identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .collect(Collectors.toSet());
    if (groups.contains(Groups.COORDINATOR)) {
      return Groups.COORDINATOR;
    }
    return departments.namesById().keySet().stream()
        .filter(groups::contains)
        .findFirst()
        .orElseThrow(() -> new PlanRuleViolation("grant.preparedByStaff", userId));
  }

  /** The responsible person, if named, must be a PlanDesk user. */
  void requireResponsible(String userId) {
    if (userId != null && !actors.exists(userId)) {
      throw new PlanRuleViolation("grant.responsibleNotAUser", userId);
    }
  }
}
