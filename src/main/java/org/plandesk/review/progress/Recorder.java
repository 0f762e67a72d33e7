package org.plandesk.review.progress;

import java.util.Set;
import org.plandesk.identity.Groups;

/** Who records in the implementation log: the signed-in user and the groups they belong to. */
record Recorder(String userId, Set<String> groups) {

  Recorder {
    groups = Set.copyOf(groups);
  }

  boolean coordinator() {
    return groups.contains(Groups.COORDINATOR);
  }
}
