package org.plandesk.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskTest;
import org.plandesk.living.LivingSeeds;
import org.plandesk.plan.PlanDocuments;
import org.plandesk.plan.PlanLanguage;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanType;
import org.plandesk.plan.PlanVersion;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The plan's generated document prints its target groups ranked by the departments' votes, in the
 * plan's language: seed 002's dialogue forum (Swedish) with its real votes, read back from the
 * DOCX.
 */
@PlanDeskTest
class TargetGroupRankingDocumentTest {

  @Autowired PlanService plans;
  @Autowired PlanDocuments documents;

  @Test
  void theApprovedDocumentPrintsSeed002sRankingInSwedish() throws Exception {
    String code = new LivingSeeds(plans).dialogueForumInForce(LocalDate.now());
    PlanVersion inForce = plans.overview(code).inForce().orElseThrow();

    DocxText doc = new DocxText(documents.generateApproved(inForce.id(), "test").docx());

    assertThat(doc.all())
        .doesNotContain("${")
        .contains("Rangordning av målgrupper")
        .contains("Målgrupperna efter avdelningarnas röster, flest röster först");
    assertThat(doc.table("Plats"))
        .containsExactly(
            List.of("Plats", "Målgrupp", "Röster"),
            List.of("1", "Den identitetssökande tonåringen", "9"),
            List.of("1", "Det nyfikna förskolebarnet", "9"),
            List.of("1", "Den kommunplacerade flyktingen", "9"),
            List.of("4", "Den oerfarne", "8"),
            List.of("4", "Den digitala analfabeten", "8"),
            List.of("4", "Daisy- och storstilsläsaren", "8"),
            List.of("7", "Den stressade småbarnsföräldern", "7"),
            List.of("7", "Bokälskaren", "7"));
  }

  @Test
  void aVersionNobodyVotedOnHasNoRankingInItsDocument() throws Exception {
    PlanVersion inForce =
        new LivingSeeds(plans)
            .inForce(
                LivingSeeds.code("DIALOG"),
                "Utan röster",
                PlanType.COMMUNICATION_PLAN,
                PlanLanguage.sv,
                LivingSeeds.dialogueForum(LocalDate.now()),
                LocalDate.now());

    DocxText doc = new DocxText(documents.generateApproved(inForce.id(), "test").docx());

    assertThat(doc.all())
        .doesNotContain("${")
        .contains("Den identitetssökande tonåringen")
        .doesNotContain("Rangordning av målgrupper");
    assertThatThrownBy(() -> doc.table("Plats")).hasMessage("No table headed Plats");
  }
}
