package org.plandesk.grant.process;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.plandesk.identity.DepartmentDirectory;
import org.plandesk.identity.Groups;
import org.plandesk.plan.PlanRuleViolation;
import org.springframework.stereotype.Component;

/** Who does a step of a grant request, which group prepares it, and today by the engine's clock. */
@Component
class Staff {

  private final IdentityService identity;
  private final DepartmentDirectory departments;

  Staff(IdentityService identity, DepartmentDirectory departments) {
    this.identity = identity;
    this.departments = departments;
  }

  /** The signed-in user completing the task, else its assignee. */
  String completing(DelegateTask task) {
    Authentication auth = identity.getCurrentAuthentication();
    return auth != null && auth.getUserId() != null ? auth.getUserId() : task.getAssignee();
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
        .orElseThrow(
            () ->
                new PlanRuleViolation(
                    "Grant requests are prepared by the coordinator's or a department's staff; "
                        + userId
                        + " is neither"));
  }

  void requireUser(String userId) {
    if (userId != null && identity.createUserQuery().userId(userId).count() == 0) {
      throw new PlanRuleViolation(
          "The responsible person '" + userId + "' is not a PlanDesk user (give the user name)");
    }
  }

  static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
  }
}
