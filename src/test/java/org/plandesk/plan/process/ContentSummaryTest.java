package org.plandesk.plan.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plandesk.SeedPlans;
import org.plandesk.plan.PlanContent;
import org.plandesk.process.BundleWords;

/** The draft's summary the drafting and approval forms show, in the plan's language. */
class ContentSummaryTest {

  private final PlanContent seed = SeedPlans.kulsoKommunikacio();

  @Test
  void aHungarianPlansSummaryIsHungarianWithItsCounts() {
    assertThat(ContentSummary.of(seed, BundleWords.in("hu")))
        .startsWith("Eddig: " + seed.strategicGoals().size() + " stratégiai célkitűzés, ")
        .contains(seed.targetGroups().size() + " célcsoport")
        .endsWith(seed.indicators().size() + " stratégiai mutató.");
  }

  @Test
  void aUkrainianPlansSummaryIsUkrainian() {
    assertThat(ContentSummary.of(PlanContent.empty(), BundleWords.in("uk")))
        .isEqualTo(
            "Наразі: стратегічні цілі — 0, цілі комунікації — 0, цільові групи — 0, заходи — 0,"
                + " інструменти моніторингу — 0, індикатори — 0.");
  }

  @Test
  void anEnglishPlansSummaryStaysAsBefore() {
    assertThat(ContentSummary.of(PlanContent.empty(), BundleWords.in("en")))
        .isEqualTo(
            "So far: 0 strategic goals, 0 communication goals, 0 target groups, 0 action items,"
                + " 0 monitoring instruments, 0 indicators.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"hu", "lt", "sv", "ru", "uk"})
  void noEnglishWordIsLeft(String language) {
    assertThat(ContentSummary.of(seed, BundleWords.in(language)))
        .doesNotContain("So far")
        .doesNotContain("goals")
        .doesNotContain("target groups")
        .doesNotContain("action items")
        .doesNotContain("indicators");
  }
}
