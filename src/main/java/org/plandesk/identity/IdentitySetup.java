package org.plandesk.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.plandesk.system.StartUpLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates PlanDesk's groups, their engine authorizations and their Tasklist filters at start-up.
 * Idempotent: groups and filters that exist are kept; missing permissions are added again. Nodes
 * starting together take turns ({@link StartUpLock}), so nothing is made twice.
 *
 * <p>Candidate groups get the right to work their tasks from the engine itself; here each role gets
 * what it needs beyond that: the coordinator starts plan versions, everyone reads the process (for
 * its forms), auditors read every task and all history and may change nothing.
 */
@Component
class IdentitySetup {

  private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);
  private static final String PLAN_PROCESS = "plan-version";
  private static final String ANY = Authorization.ANY;

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final TaskService tasks;
  private final TasklistFilters names;
  private final StartUpLock lock;

  IdentitySetup(
      IdentityService identity,
      AuthorizationService authorizations,
      FilterService filters,
      TaskService tasks,
      TasklistFilters names,
      StartUpLock lock) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.filters = filters;
    this.tasks = tasks;
    this.names = names;
    this.lock = lock;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(1)
  public void setUp() {
    lock.holding(this::ensureGroupsAndRights);
  }

  private void ensureGroupsAndRights() {
    Map<String, String> groups = names.groupNames();
    groups.forEach(this::ensureGroup);

    List<String> staff = new ArrayList<>(groups.keySet());
    for (String group : staff) {
      grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      // The Tasklist shows candidate groups and assignees by name only to those who may read them.
      grant(group, Resources.GROUP, ANY, Permissions.READ);
      grant(group, Resources.USER, ANY, Permissions.READ);
      grant(group, Resources.PROCESS_DEFINITION, PLAN_PROCESS, Permissions.READ);
      grant(group, Resources.PROCESS_DEFINITION, "plan-review", Permissions.READ);
      // Yearly implementation reports start from the plan's progress page (the coordinator's
      // button), never through the engine API: nobody gets CREATE_INSTANCE on them.
      grant(group, Resources.PROCESS_DEFINITION, "implementation-report", Permissions.READ);
      if (!Groups.DIRECTOR.equals(group) && !Groups.AUDITOR.equals(group)) {
        // Grant and fundraising requests are prepared by the coordinator and every department.
        grant(
            group,
            Resources.PROCESS_DEFINITION,
            "grant-request",
            Permissions.READ,
            Permissions.CREATE_INSTANCE);
        grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
      } else {
        grant(group, Resources.PROCESS_DEFINITION, "grant-request", Permissions.READ);
      }
      ensureFilter(TasklistFilters.ofGroup(groups.get(group)), group, groupFilter(group));
      ensureMyTasksFilter(group);
    }
    grant(
        Groups.COORDINATOR,
        Resources.PROCESS_DEFINITION,
        PLAN_PROCESS,
        Permissions.CREATE_INSTANCE);
    grant(Groups.COORDINATOR, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);

    grant(Groups.AUDITOR, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(
        Groups.AUDITOR,
        Resources.PROCESS_DEFINITION,
        ANY,
        ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_TASK,
        ProcessDefinitionPermissions.READ_INSTANCE);
    grant(Groups.AUDITOR, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
    grant(Groups.AUDITOR, Resources.TASK, ANY, TaskPermissions.READ);
    grant(Groups.AUDITOR, Resources.DEPLOYMENT, ANY, Permissions.READ);
    grant(
        Groups.AUDITOR,
        Resources.DECISION_DEFINITION,
        ANY,
        Permissions.READ,
        Permissions.READ_HISTORY);
    ensureFilter(TasklistFilters.ALL, Groups.AUDITOR, tasks.createTaskQuery());
    narrowOwnAccounts();
    log.info("Identity ready: groups {}", groups.keySet());
  }

  /**
   * Accounts made before {@link ReadOnlyOwnAccount} carry Camunda's owner grant (ALL on one's own
   * user): narrowed to READ, so no one deletes or renames themselves.
   */
  private void narrowOwnAccounts() {
    for (Authorization own :
        authorizations
            .createAuthorizationQuery()
            .resourceType(Resources.USER)
            .hasPermission(Permissions.DELETE)
            .list()) {
      if (own.getUserId() != null && own.getUserId().equals(own.getResourceId())) {
        own.setPermissions(new Permission[] {Permissions.READ});
        authorizations.saveAuthorization(own);
        log.info("User {} may now read their own account only", own.getUserId());
      }
    }
  }

  private void ensureGroup(String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType("WORKFLOW");
      identity.saveGroup(group);
      log.info("Created group {} ({})", id, name);
    }
  }

  private org.camunda.bpm.engine.task.TaskQuery groupFilter(String group) {
    return tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks();
  }

  private void ensureMyTasksFilter(String group) {
    Filter mine = existingFilter(TasklistFilters.MINE);
    if (mine == null) {
      mine = filters.newTaskFilter(TasklistFilters.MINE);
      mine.setQuery(tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
      mine.setProperties(Map.of("priority", -10, "description", TasklistFilters.MINE_DESCRIPTION));
      filters.saveFilter(mine);
    }
    grant(group, Resources.FILTER, mine.getId(), Permissions.READ);
  }

  private void ensureFilter(
      String name, String group, org.camunda.bpm.engine.task.TaskQuery query) {
    Filter filter = existingFilter(name);
    if (filter == null) {
      filter = filters.newTaskFilter(name);
      filter.setQuery(query);
      filter.setProperties(
          Map.of("description", TasklistFilters.descriptionOfGroup(group), "refresh", true));
      filters.saveFilter(filter);
    }
    grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
  }

  /**
   * The oldest filter of that name (a database set up by two nodes before the start-up lock may
   * have two).
   */
  private Filter existingFilter(String name) {
    return filters
        .createFilterQuery()
        .filterName(name)
        .orderByFilterId()
        .asc()
        .listPage(0, 1)
        .stream()
        .findFirst()
        .orElse(null);
  }

  private void grant(
      String group, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing =
        authorizations
            .createAuthorizationQuery()
            .groupIdIn(group)
            .resourceType(resource)
            .resourceId(resourceId)
            .singleResult();
    Authorization auth =
        existing != null
            ? existing
            : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    auth.setGroupId(group);
    auth.setResource(resource);
    auth.setResourceId(resourceId);
    for (Permission permission : permissions) {
      auth.addPermission(permission);
    }
    authorizations.saveAuthorization(auth);
  }
}
