package org.plandesk.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plandesk.living.LivingSeeds;

/** The ranking of target groups by the departments' votes, on seed 002's real votes. */
class VoteRankingTest {

  @Test
  void seed002sVotesRankTheGroupsMostFirstWithTiesInThePlansOrderSharingARank() {
    List<DepartmentInput> inputs = new ArrayList<>();
    for (int voter = 0; voter < 9; voter++) {
      List<String> votes = new ArrayList<>();
      for (int g = 0; g < LivingSeeds.DIALOGUE_FORUM_GROUPS.size(); g++) {
        if (voter < LivingSeeds.DIALOGUE_FORUM_VOTES.get(g)) {
          votes.add(LivingSeeds.DIALOGUE_FORUM_GROUPS.get(g).name());
        }
      }
      inputs.add(input("department-" + voter, votes));
    }
    inputs.add(
        new DepartmentInput(
            99, 1, "late", DepartmentInput.Status.NO_INPUT, null, null, List.of(), null, null));

    VoteRanking ranking = VoteRanking.of(LivingSeeds.DIALOGUE_FORUM_GROUPS, inputs);

    assertThat(ranking.voters()).isEqualTo(9);
    assertThat(ranking.groups())
        .extracting(VoteRanking.RankedGroup::name)
        .containsExactly(
            "Den identitetssökande tonåringen",
            "Det nyfikna förskolebarnet",
            "Den kommunplacerade flyktingen",
            "Den oerfarne",
            "Den digitala analfabeten",
            "Daisy- och storstilsläsaren",
            "Den stressade småbarnsföräldern",
            "Bokälskaren");
    assertThat(ranking.groups())
        .extracting(VoteRanking.RankedGroup::votes)
        .containsExactly(9, 9, 9, 8, 8, 8, 7, 7);
    assertThat(ranking.groups())
        .extracting(VoteRanking.RankedGroup::rank)
        .containsExactly(1, 1, 1, 4, 4, 4, 7, 7);
  }

  @Test
  void aGroupWithoutVotesComesLastAndAVoteForAGroupNoLongerInThePlanStillCounts() {
    VoteRanking ranking =
        VoteRanking.of(
            LivingSeeds.DIALOGUE_FORUM_GROUPS.subList(0, 2),
            List.of(input("lending", List.of("Den identitetssökande tonåringen", "Bokbussen"))));

    assertThat(ranking.groups())
        .extracting(VoteRanking.RankedGroup::name, VoteRanking.RankedGroup::votes)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Den identitetssökande tonåringen", 1),
            org.assertj.core.groups.Tuple.tuple("Bokbussen", 1),
            org.assertj.core.groups.Tuple.tuple("Den oerfarne", 0));
    assertThat(ranking.groups().get(1).tier()).isNull();
    assertThat(VoteRanking.of(LivingSeeds.DIALOGUE_FORUM_GROUPS, List.of()).hasVotes()).isFalse();
  }

  private static DepartmentInput input(String department, List<String> votes) {
    return new DepartmentInput(
        1,
        1,
        department,
        DepartmentInput.Status.GIVEN,
        null,
        null,
        votes,
        "coordinator",
        Instant.now());
  }
}
