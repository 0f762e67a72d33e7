package org.plandesk.review.progress;

import java.util.Set;
import java.util.stream.Collectors;
import org.plandesk.identity.Groups;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who records in the implementation log or on the monitoring page: the signed-in user and the
 * groups they belong to.
 */
public record Recorder(String userId, Set<String> groups) {

  private static final String ROLE = "ROLE_";

  public Recorder {
    groups = Set.copyOf(groups);
  }

  /** The signed-in user of a request, or nobody. */
  public static Recorder of(Authentication user) {
    if (user == null) {
      return new Recorder("", Set.of());
    }
    return new Recorder(
        user.getName(),
        user.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(a -> a.startsWith(ROLE))
            .map(a -> a.substring(ROLE.length()))
            .collect(Collectors.toSet()));
  }

  public boolean coordinator() {
    return groups.contains(Groups.COORDINATOR);
  }
}
