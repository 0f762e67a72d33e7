package org.plandesk.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The names of PlanDesk's groups and of the Tasklist filters made for them, as stored: in English,
 * the engine's data ({@code ACT_RU_FILTER}, {@code ACT_ID_GROUP}), which every node and the
 * existing databases share. {@link IdentitySetup} creates them under these names; the Tasklist
 * shows each user these names in their own language (see {@code tasklist/web/TasklistWords}), so
 * renaming one here means its translations follow.
 */
@Component
public class TasklistFilters {

  /** Every signed-in member of staff's filter of the tasks assigned to them. */
  public static final String MINE = "My tasks";

  public static final String MINE_DESCRIPTION = "Tasks assigned to me";

  /** The auditors' filter of every task, which they may read only. */
  public static final String ALL = "All tasks (read only)";

  private final Map<String, String> groupNames = new LinkedHashMap<>();

  TasklistFilters(IdentityProperties properties) {
    groupNames.put(Groups.COORDINATOR, "Communication coordinator");
    groupNames.put(Groups.DIRECTOR, "Director");
    groupNames.put(Groups.AUDITOR, "Auditors");
    properties.departments().forEach(d -> groupNames.put(d.id(), d.name()));
  }

  /** PlanDesk's groups (roles, then the configured departments): their stored names by id. */
  public Map<String, String> groupNames() {
    return new LinkedHashMap<>(groupNames);
  }

  /** The filter of a group's tasks: "Lending and reader services tasks". */
  public static String ofGroup(String groupName) {
    return groupName + " tasks";
  }

  /** The description of a group's filter (older databases keep the group's id in it). */
  public static String descriptionOfGroup(String groupId) {
    return "Tasks of the " + groupId + " group";
  }
}
