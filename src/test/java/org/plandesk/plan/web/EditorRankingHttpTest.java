package org.plandesk.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskWebTest;
import org.plandesk.living.LivingSeeds;
import org.plandesk.plan.PlanLanguage;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanType;
import org.plandesk.plan.PlanVersion;
import org.plandesk.web.PageReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The plan editor shows the coordinator the target groups ranked by the departments' votes on the
 * draft, beside the target groups: seed 002's dialogue forum with its real votes (9, 9, 9, 8, 8, 8,
 * 7, 7), as a table with a caption, in the reader's language.
 */
@PlanDeskWebTest
class EditorRankingHttpTest {

  @LocalServerPort int port;
  @Autowired PlanService plans;

  private PlanVersion votedDraft() {
    return new LivingSeeds(plans).dialogueForumVoted(LocalDate.now());
  }

  @Test
  void theCoordinatorSeesSeed002sRankingBesideTheTargetGroups() {
    PlanVersion draft = votedDraft();
    String page = new PageReader(port).page("/plans/versions/" + draft.id(), "coordinator");

    assertThat(ranking(page))
        .containsExactly(
            "1. Den identitetssökande tonåringen 9",
            "1. Det nyfikna förskolebarnet 9",
            "1. Den kommunplacerade flyktingen 9",
            "4. Den oerfarne 8",
            "4. Den digitala analfabeten 8",
            "4. Daisy- och storstilsläsaren 8",
            "7. Den stressade småbarnsföräldern 7",
            "7. Bokälskaren 7");
    String table = page.substring(page.indexOf("id=\"editor-vote-ranking\""));
    assertThat(table)
        .contains(
            "<caption id=\"editor-ranking-caption\">Target groups ranked by the votes of 9"
                + " departments on this version, most first</caption>")
        .contains("<th scope=\"col\">Rank</th>")
        .contains("<th scope=\"col\">Votes</th>");
    // Next to the target groups: after their list, before the action items.
    assertThat(page.indexOf("id=\"editor-vote-ranking\""))
        .isGreaterThan(page.indexOf("id=\"tg-heading\""))
        .isLessThan(page.indexOf("id=\"ai-heading\""));
  }

  @Test
  void theRankingSpeaksTheReadersLanguageAndADraftWithoutVotesSaysSo() {
    PlanVersion draft = votedDraft();
    String swedish =
        new PageReader(port).page("/plans/versions/" + draft.id(), "coordinator", "sv");
    assertThat(swedish)
        .contains("Målgrupper rangordnade efter rösterna från 9 avdelningar")
        .contains("<th scope=\"col\">Plats</th>")
        .contains("<th scope=\"col\">Röster</th>");
    assertThat(ranking(swedish)).hasSize(8).startsWith("1. Den identitetssökande tonåringen 9");

    PlanVersion unvoted =
        new LivingSeeds(plans)
            .draft(
                LivingSeeds.code("DIALOG"),
                "Utan röster",
                PlanType.COMMUNICATION_PLAN,
                PlanLanguage.sv,
                LivingSeeds.dialogueForum(LocalDate.now()));
    String page = new PageReader(port).page("/plans/versions/" + unvoted.id(), "coordinator");
    assertThat(page)
        .contains("No department has voted for target groups on this version yet.")
        .doesNotContain("id=\"editor-vote-ranking\"");
  }

  private static List<String> ranking(String page) {
    Matcher rows =
        Pattern.compile(
                "<tr class=\"ranked-group\">\\s*<td class=\"rank\">(\\d+)</td>\\s*"
                    + "<th scope=\"row\" class=\"group\">([^<]+)</th>\\s*"
                    + "<td class=\"votes\">(\\d+)</td>")
            .matcher(page);
    List<String> ranking = new ArrayList<>();
    while (rows.find()) {
      ranking.add(rows.group(1) + ". " + rows.group(2) + " " + rows.group(3));
    }
    return ranking;
  }
}
