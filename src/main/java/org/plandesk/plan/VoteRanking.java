package org.plandesk.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The target groups ranked by the staff's votes (seed 002: eight priority groups chosen by vote):
 * every vote a department gave in its input counts one; most votes first, groups with as many votes
 * in the plan's order and sharing a rank (9, 9, 9, 8 ranks 1, 1, 1, 4).
 *
 * <p>It is the plan's own reading of its version and the departments' input: the progress page, the
 * editor and the plan's document show the same ranking.
 *
 * @param voters the departments whose input carried votes
 */
public record VoteRanking(List<RankedGroup> groups, int voters) {

  /** One target group with its votes and rank; tier null for a group the plan no longer names. */
  public record RankedGroup(int rank, String name, PlanContent.Tier tier, int votes) {}

  public static VoteRanking of(
      List<PlanContent.TargetGroup> targetGroups, List<DepartmentInput> inputs) {
    Map<String, PlanContent.Tier> tiers = new LinkedHashMap<>();
    Map<String, Integer> votes = new LinkedHashMap<>();
    for (PlanContent.TargetGroup group : targetGroups) {
      tiers.putIfAbsent(group.name(), group.tier());
      votes.putIfAbsent(group.name(), 0);
    }
    int voters = 0;
    for (DepartmentInput input : inputs) {
      if (input.status() != DepartmentInput.Status.GIVEN || input.priorityVotes().isEmpty()) {
        continue;
      }
      voters++;
      for (String vote : input.priorityVotes()) {
        votes.merge(vote, 1, Integer::sum);
      }
    }
    List<String> order = new ArrayList<>(votes.keySet());
    List<String> ranked = new ArrayList<>(order);
    ranked.sort(Comparator.comparing((String g) -> -votes.get(g)).thenComparing(order::indexOf));
    List<RankedGroup> groups = new ArrayList<>();
    for (int i = 0; i < ranked.size(); i++) {
      String name = ranked.get(i);
      int count = votes.get(name);
      int rank = i == 0 || groups.get(i - 1).votes() != count ? i + 1 : groups.get(i - 1).rank();
      groups.add(new RankedGroup(rank, name, tiers.get(name), count));
    }
    return new VoteRanking(List.copyOf(groups), voters);
  }

  /** Whether any department voted. */
  public boolean hasVotes() {
    return voters > 0;
  }
}
