package org.plandesk.identity;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The departments of the library. Each is a Camunda group and the candidate group of its
 * departmental input task.
 */
@ConfigurationProperties("plandesk.identity")
public record IdentityProperties(List<Department> departments) {

  public IdentityProperties {
    departments = departments == null ? List.of() : List.copyOf(departments);
  }

  /** A department: its group id and the name staff know it by. */
  public record Department(String id, String name) {}
}
