package org.plandesk.review.report.web;

import java.util.Set;
import org.plandesk.identity.Groups;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who reads what of a report, from the signed-in user's groups: a draft is the coordinator's, the
 * director's, the auditors' and the administrator's (as a plan's preview is the coordinator's and
 * the director's, and auditors read everything); a signed-off report is everyone's.
 */
final class ReportReaders {

  private static final Set<String> DRAFT_READERS =
      Set.of(Groups.COORDINATOR, Groups.DIRECTOR, Groups.AUDITOR, Groups.ADMIN);

  private ReportReaders() {}

  static boolean mayReadDrafts() {
    return has(DRAFT_READERS);
  }

  static boolean mayRequest() {
    return has(Set.of(Groups.COORDINATOR));
  }

  private static boolean has(Set<String> groups) {
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    return user != null
        && user.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .anyMatch(a -> a.startsWith("ROLE_") && groups.contains(a.substring(5)));
  }
}
