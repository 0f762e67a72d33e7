package org.plandesk.grant.process;

import org.plandesk.document.StaffNames;
import org.plandesk.process.Actors;
import org.springframework.stereotype.Component;

/** The names grant documents print for the preparer, the responsible person and the director. */
@Component
class GrantStaffNames implements StaffNames {

  private final Actors actors;

  GrantStaffNames(Actors actors) {
    this.actors = actors;
  }

  @Override
  public String nameOf(String userId) {
    return actors.person(userId).name();
  }
}
