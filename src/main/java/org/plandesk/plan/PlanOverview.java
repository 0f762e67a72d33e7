package org.plandesk.plan;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A plan with every version and its modification list, as the API and the pages show it. */
public record PlanOverview(
    Plan plan, List<PlanVersion> versions, List<ModificationListRow> modificationList) {

  public Optional<PlanVersion> inForce() {
    return versions.stream().filter(v -> v.status() == VersionStatus.IN_FORCE).findFirst();
  }

  public Optional<PlanVersion> open() {
    return versions.stream().filter(v -> v.status().isOpen()).findFirst();
  }

  /**
   * The modification list as a version's document prints it: the rows of the versions approved
   * before it (a version number names one version of a plan).
   */
  public List<ModificationListRow> modificationListBefore(PlanVersion version) {
    Set<String> earlier =
        versions.stream()
            .filter(v -> v.versionNumber() != null && v.sequence() < version.sequence())
            .map(PlanVersion::versionNumber)
            .collect(Collectors.toSet());
    return modificationList.stream().filter(r -> earlier.contains(r.versionNumber())).toList();
  }
}
