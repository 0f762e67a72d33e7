package org.plandesk.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The configured departments, for forms (checklist options) and checks. */
@Component
public class DepartmentDirectory {

  private final Map<String, String> namesById = new LinkedHashMap<>();

  DepartmentDirectory(IdentityProperties properties) {
    properties.departments().forEach(d -> namesById.put(d.id(), d.name()));
  }

  /** Department names by group id, in configured order. */
  public Map<String, String> namesById() {
    return new LinkedHashMap<>(namesById);
  }

  public boolean exists(String id) {
    return namesById.containsKey(id);
  }

  public String nameOf(String id) {
    return namesById.getOrDefault(id, id);
  }
}
