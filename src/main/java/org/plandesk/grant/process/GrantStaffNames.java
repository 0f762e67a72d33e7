package org.plandesk.grant.process;

import org.plandesk.document.StaffNames;
import org.plandesk.review.process.Performers;
import org.springframework.stereotype.Component;

/** The names grant documents print for the preparer, the responsible person and the director. */
@Component
class GrantStaffNames implements StaffNames {

  private final Performers performers;

  GrantStaffNames(Performers performers) {
    this.performers = performers;
  }

  @Override
  public String nameOf(String userId) {
    return performers.person(userId).name();
  }
}
