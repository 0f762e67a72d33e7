package org.plandesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskWebTest;
import org.plandesk.SeedPlans;
import org.plandesk.grant.GrantDraft;
import org.plandesk.grant.GrantRequest;
import org.plandesk.grant.GrantService;
import org.plandesk.living.LivingSeeds;
import org.plandesk.plan.PlanLanguage;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanType;
import org.plandesk.plan.PlanVersion;
import org.plandesk.review.ReviewService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The WCAG rules the living record's pages meet by construction, checked on their HTML as the
 * coordinator (who sees every form) and a department get it, in Ukrainian and Hungarian: the page's
 * language, one main landmark, headings in order without a skipped level, a caption and column
 * headers on every table, a label for every field, every chart an image with a name and a
 * description, and no id twice.
 */
@PlanDeskWebTest
class LivingPagesStructureHttpTest {

  @LocalServerPort int port;
  @Autowired PlanService plans;
  @Autowired ReviewService reviews;
  @Autowired GrantService grants;

  @Test
  void everyPageHasItsLanguageLandmarkHeadingsCaptionsAndLabels() {
    LocalDate today = LocalDate.now();
    LivingSeeds seeds = new LivingSeeds(plans);
    String lutsk = LivingSeeds.code("ЛМЦБС-ПР");
    PlanVersion version =
        seeds.inForce(
            lutsk,
            "Програма розвитку ЛМЦБС на 1 рік",
            PlanType.DEVELOPMENT_PROGRAMME,
            PlanLanguage.uk,
            SeedPlans.lutskProgramme(),
            today.minusMonths(11));
    reviews.recordMonitoringResult(
        version.id(),
        "SWOT аналіз",
        today.minusMonths(1),
        "SWOT аналіз за рік",
        null,
        "1 = 4\n2 = 3",
        "coordinator");
    String forum = seeds.dialogueForumInForce(today);
    GrantRequest grant =
        grants.prepare(
            new GrantDraft(
                "Грантова діяльність бібліотек",
                "Український культурний фонд",
                null,
                new BigDecimal("40000"),
                "UAH",
                BigDecimal.ZERO,
                "Залучення додаткових коштів",
                "Оновлені комп'ютери у 5 філіях",
                lutsk,
                "Грантова діяльність бібліотек",
                today.plusDays(30),
                "coordinator"),
            "coordinator",
            null,
            today);

    PageReader pages = new PageReader(port);
    List<String> paths =
        List.of(
            "/grants",
            "/grants/" + grant.id(),
            "/plans/" + PageReader.segment(lutsk) + "/progress",
            "/plans/" + PageReader.segment(forum) + "/progress",
            "/due");
    for (String user : List.of("coordinator", "jonas")) {
      for (String language : List.of("uk", "hu")) {
        for (String path : paths) {
          check(
              pages.page(path, user, language), path + " as " + user + " in " + language, language);
        }
      }
    }
  }

  private static void check(String page, String where, String language) {
    assertThat(page).as(where).contains("<html lang=\"" + language + "\"");
    assertThat(count(page, "<main[ >]")).as(where + ": one main landmark").isEqualTo(1);

    List<Integer> levels = new ArrayList<>();
    Matcher headings = Pattern.compile("<h([1-6])[ >]").matcher(page);
    while (headings.find()) {
      levels.add(Integer.parseInt(headings.group(1)));
    }
    assertThat(levels).as(where + ": headings").isNotEmpty();
    assertThat(levels.get(0)).as(where + ": first heading").isEqualTo(1);
    assertThat(levels.stream().filter(l -> l == 1).count()).as(where + ": one h1").isEqualTo(1);
    for (int i = 1; i < levels.size(); i++) {
      assertThat(levels.get(i))
          .as(where + ": heading " + i + " of " + levels)
          .isLessThanOrEqualTo(levels.get(i - 1) + 1);
    }

    Matcher tables = Pattern.compile("<table[^>]*>(.*?)</table>", Pattern.DOTALL).matcher(page);
    while (tables.find()) {
      String table = tables.group(1);
      assertThat(table).as(where + ": a table's caption").containsPattern("^\\s*<caption[ >]");
      assertThat(count(table, "<th(?![^>]*scope=\"(col|row)\")[ >]"))
          .as(where + ": header cells without scope")
          .isZero();
    }

    Matcher fields =
        Pattern.compile("<(input|select|textarea)\\b([^>]*)>", Pattern.DOTALL).matcher(page);
    while (fields.find()) {
      String attributes = fields.group(2);
      if (attributes.contains("type=\"hidden\"")) {
        continue;
      }
      Matcher id = Pattern.compile("\\bid=\"([^\"]+)\"").matcher(attributes);
      assertThat(id.find()).as(where + ": a field without id: " + attributes).isTrue();
      assertThat(page)
          .as(where + ": the label of " + id.group(1))
          .contains("<label for=\"" + id.group(1) + "\"");
    }

    Matcher charts = Pattern.compile("<svg\\b([^>]*)>", Pattern.DOTALL).matcher(page);
    while (charts.find()) {
      assertThat(charts.group(1))
          .as(where + ": a chart")
          .contains("role=\"img\"")
          .contains("aria-labelledby=\"");
    }

    List<String> ids = new ArrayList<>();
    Matcher idAttributes = Pattern.compile("\\sid=\"([^\"]+)\"").matcher(page);
    while (idAttributes.find()) {
      ids.add(idAttributes.group(1));
    }
    assertThat(ids).as(where + ": ids").doesNotHaveDuplicates();
  }

  private static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
