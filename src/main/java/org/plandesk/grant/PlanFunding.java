package org.plandesk.grant;

import java.util.List;

/**
 * A grant or fundraising request that funds goals or action items of a plan, with those links: what
 * a plan's progress page reads to show which goals have funding.
 */
public record PlanFunding(GrantRequest request, List<GrantLink> links) {

  public PlanFunding {
    links = List.copyOf(links);
  }

  /** Whether the request funds the goal or action item of this kind with this key. */
  public boolean funds(GrantLink.Kind kind, String key) {
    return links.stream().anyMatch(l -> l.kind() == kind && l.key().equals(key));
  }

  /** Whether it funds any strategic goal. */
  public boolean fundsAnyGoal() {
    return links.stream().anyMatch(l -> l.kind() == GrantLink.Kind.GOAL);
  }
}
