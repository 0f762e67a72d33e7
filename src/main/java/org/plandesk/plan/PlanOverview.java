package org.plandesk.plan;

import java.util.List;
import java.util.Optional;

/** A plan with every version and its modification list, as the API and the pages show it. */
public record PlanOverview(
    Plan plan, List<PlanVersion> versions, List<ModificationListRow> modificationList) {

  public Optional<PlanVersion> inForce() {
    return versions.stream().filter(v -> v.status() == VersionStatus.IN_FORCE).findFirst();
  }

  public Optional<PlanVersion> open() {
    return versions.stream().filter(v -> v.status().isOpen()).findFirst();
  }
}
