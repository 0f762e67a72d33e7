package org.plandesk.due;

import java.util.List;
import org.plandesk.identity.Groups;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Whose tasks the page lists: the director and the coordinator answer for the whole library's work,
 * so they see every member of staff's open tasks; everyone else sees the tasks assigned to them and
 * those waiting, unclaimed, for them or one of their groups, and nothing of a task another person
 * holds.
 *
 * @param groups the reader's groups (their roles, from the sign-in)
 */
record DueReader(String userId, List<String> groups, boolean wholeLibrary) {

  private static final String ROLE = "ROLE_";

  DueReader {
    groups = List.copyOf(groups);
  }

  static DueReader of(Authentication user) {
    List<String> groups =
        user.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(a -> a.startsWith(ROLE))
            .map(a -> a.substring(ROLE.length()))
            .toList();
    return new DueReader(
        user.getName(),
        groups,
        groups.contains(Groups.DIRECTOR) || groups.contains(Groups.COORDINATOR));
  }
}
