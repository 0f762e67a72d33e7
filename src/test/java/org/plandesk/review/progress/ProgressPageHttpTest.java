package org.plandesk.review.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskWebTest;
import org.plandesk.SeedPlans;
import org.plandesk.living.LivingSeeds;
import org.plandesk.plan.PlanLanguage;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanType;
import org.plandesk.plan.PlanVersion;
import org.plandesk.review.ReviewService;
import org.plandesk.web.PageReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A plan's progress page through real HTTP: seed 004's Lutsk programme with monitoring results (its
 * indicators' charts parsed as SVG and checked against the stored values, its monitoring calendar
 * with an instrument overdue), seed 002's dialogue forum with its real votes ranked, in Swedish and
 * Hungarian, for every role.
 */
@PlanDeskWebTest
class ProgressPageHttpTest {

  @LocalServerPort int port;
  @Autowired PlanService plans;
  @Autowired ReviewService reviews;

  private final LocalDate today = LocalDate.now();
  private PageReader pages;
  private LivingSeeds seeds;

  @BeforeEach
  void reader() {
    pages = new PageReader(port);
    seeds = new LivingSeeds(plans);
  }

  /** Seed 004's programme, in force for eleven months, with three monitoring results. */
  private String lutskWithResults() {
    String code = LivingSeeds.code("ЛМЦБС-ПР");
    LocalDate effective = today.minusMonths(11);
    PlanVersion version =
        seeds.inForce(
            code,
            "Програма розвитку ЛМЦБС на 1 рік",
            PlanType.DEVELOPMENT_PROGRAMME,
            PlanLanguage.uk,
            SeedPlans.lutskProgramme(),
            effective);
    String poll = "Тематичне експрес – опитування";
    reviews.recordMonitoringResult(
        version.id(),
        poll,
        effective.plusMonths(3),
        "Опитано 120 читачів",
        null,
        "1 = 3\n2 = 2,5",
        "coordinator");
    reviews.recordMonitoringResult(
        version.id(),
        poll,
        effective.plusMonths(6),
        "Опитано 140 читачів",
        null,
        "1 = 8\n2 = 3",
        "coordinator");
    reviews.recordMonitoringResult(
        version.id(),
        "SWOT аналіз",
        effective.plusMonths(10),
        "SWOT аналіз за рік",
        "Сильні: 4",
        "1 = 11\n2 = 4.5",
        "coordinator");
    return code;
  }

  @Test
  void eachIndicatorsChartDrawsItsStoredValuesAgainstBaselineAndTargetWithATableBeside()
      throws Exception {
    String code = lutskWithResults();
    String page = pages.page("/plans/" + PageReader.segment(code) + "/progress", "auditor");

    String second = indicator(page, 2);
    assertThat(second).contains("% оновлення книжкового фонду");
    Element svg = svg(second);
    assertThat(svg.getAttribute("role")).isEqualTo("img");
    NodeList circles = svg.getElementsByTagName("circle");
    List<String> values = new ArrayList<>();
    List<String> dates = new ArrayList<>();
    List<Double> heights = new ArrayList<>();
    for (int i = 0; i < circles.getLength(); i++) {
      Element circle = (Element) circles.item(i);
      values.add(circle.getAttribute("data-value"));
      dates.add(circle.getAttribute("data-date"));
      heights.add(Double.parseDouble(circle.getAttribute("cy")));
    }
    LocalDate effective = today.minusMonths(11);
    assertThat(values).containsExactly("2.5000", "3.0000", "4.5000");
    assertThat(dates)
        .containsExactly(
            effective.plusMonths(3).toString(),
            effective.plusMonths(6).toString(),
            effective.plusMonths(10).toString());
    // Higher values are drawn higher (smaller y), on the scale of the baseline and target lines.
    assertThat(heights.get(0)).isGreaterThan(heights.get(1));
    assertThat(heights.get(1)).isGreaterThan(heights.get(2));
    double baseline = lineY(svg, "baseline-line");
    double target = lineY(svg, "target-line");
    assertThat(baseline).isGreaterThan(heights.get(0));
    assertThat(target).isLessThan(heights.get(2));
    assertThat(svg.getTextContent()).contains("Baseline 2 %").contains("Target 5 %");
    assertThat(second)
        .contains("Target not reached yet.")
        .contains("<caption>Recorded values of % оновлення книжкового фонду</caption>")
        .contains("data-value=\"4.5000\">4.5 %</td>");
    assertThat(indicator(page, 1)).contains("Target reached.").contains("11 %");
  }

  @Test
  void theCalendarSaysWhichInstrumentIsDueWhenByItsPeriodicityAndMarksTheOverdueInWords() {
    String code = lutskWithResults();
    String page = pages.page("/plans/" + PageReader.segment(code) + "/progress", "coordinator");
    LocalDate effective = today.minusMonths(11);

    String survey = instrument(page, "Анкетування");
    assertThat(survey).contains(">Yearly<").contains(">0<").doesNotContain("Overdue");
    assertThat(survey).contains("datetime=\"" + effective.plusYears(1) + "\"");
    String poll = instrument(page, "Тематичне експрес – опитування");
    // Two quarterly results: the third use was due nine months after the effective date.
    assertThat(poll).contains(">Quarterly<").contains(">2<").contains(">Overdue<");
    assertThat(poll)
        .contains("datetime=\"" + effective.plusMonths(9) + "\"")
        .contains("datetime=\"" + effective.plusMonths(12) + "\"");
    String swot = instrument(page, "SWOT аналіз");
    assertThat(swot).contains("datetime=\"" + effective.plusYears(2) + "\"");
    assertThat(page)
        .contains("Next review of the plan due")
        .contains("datetime=\"" + effective.plusYears(1) + "\"")
        .doesNotContain(">YEARLY<")
        .doesNotContain(">QUARTERLY<");
  }

  @Test
  void theTargetGroupsAreRankedBySeed002sVotes() {
    String code = seeds.dialogueForumInForce(today);
    String page = pages.page("/plans/" + PageReader.segment(code) + "/progress", "director");

    Matcher rows =
        Pattern.compile(
                "<tr class=\"ranked-group\">\\s*<td class=\"rank\">(\\d+)</td>\\s*"
                    + "<th scope=\"row\" class=\"group\">([^<]+)</th>\\s*<td>([^<]+)</td>\\s*"
                    + "<td class=\"votes\">(\\d+)</td>")
            .matcher(page);
    List<String> ranking = new ArrayList<>();
    while (rows.find()) {
      ranking.add(
          rows.group(1) + ". " + rows.group(2) + " (" + rows.group(3) + ") " + rows.group(4));
    }
    assertThat(ranking)
        .containsExactly(
            "1. Den identitetssökande tonåringen (Primary) 9",
            "1. Det nyfikna förskolebarnet (Primary) 9",
            "1. Den kommunplacerade flyktingen (Primary) 9",
            "4. Den oerfarne (Primary) 8",
            "4. Den digitala analfabeten (Primary) 8",
            "4. Daisy- och storstilsläsaren (Primary) 8",
            "7. Den stressade småbarnsföräldern (Primary) 7",
            "7. Bokälskaren (Primary) 7");
    assertThat(page).contains("9 departments voted on version 1.0");
  }

  @Test
  void thePageSpeaksTheReadersLanguage() {
    String code = seeds.dialogueForumInForce(today);
    String path = "/plans/" + PageReader.segment(code) + "/progress";

    String swedish = pages.page(path, "anna", "sv");
    assertThat(swedish)
        .contains("<html lang=\"sv\"")
        .contains("Målgrupper rangordnade efter avdelningarnas röster")
        .contains(">Målgrupp<")
        .contains(">Primär<")
        .contains("9 avdelningar röstade, version 1.0")
        .doesNotContain(">Primary<")
        .doesNotContain(">PRIMARY<");
    String hungarian = pages.page(path, "anna", "hu-HU,hu;q=0.9");
    assertThat(hungarian)
        .contains("<html lang=\"hu\"")
        .contains("Célcsoportok az osztályok szavazatai szerint rangsorolva")
        .contains(">Célcsoport<")
        .contains(">Elsődleges<")
        .contains("Hatályos változat: 1.0 (" + hungarianDay(today.minusMonths(1)) + " óta)");
  }

  @Test
  void everyRoleReadsTheProgressAndAnUnknownPlanIsNotFound() {
    String code = seeds.dialogueForumInForce(today);
    String path = "/plans/" + PageReader.segment(code) + "/progress";
    for (String user : List.of("coordinator", "director", "auditor", "anna", "olena", "jonas")) {
      assertThat(pages.get(path, user, "en").statusCode()).as(user).isEqualTo(200);
    }
    assertThat(pages.get(path, null, "en").statusCode()).isEqualTo(302);
    var unknown = pages.get("/plans/NO-SUCH-PLAN-42/progress", "auditor", "en");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("There is no plan with this code.");
  }

  private static String hungarianDay(LocalDate day) {
    return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
        .withLocale(java.util.Locale.forLanguageTag("hu"))
        .format(day);
  }

  /** The part of the page about one indicator. */
  private static String indicator(String page, int number) {
    int start = page.indexOf("id=\"indicator-" + number + "\"");
    assertThat(start).as("indicator " + number).isPositive();
    int end = page.indexOf("class=\"indicator\"", start + 1);
    return page.substring(start, end < 0 ? page.indexOf("</section>", start) : end);
  }

  /** The calendar's row of one instrument. */
  private static String instrument(String page, String name) {
    Matcher m =
        Pattern.compile(
                "<tr class=\"instrument\">\\s*<th scope=\"row\">"
                    + Pattern.quote(name)
                    + "</th>(.*?)</tr>",
                Pattern.DOTALL)
            .matcher(page);
    assertThat(m.find()).as("calendar row of " + name).isTrue();
    return m.group(1);
  }

  /** The chart of an indicator, parsed as the XML it is. */
  private static Element svg(String part) throws Exception {
    String svg = part.substring(part.indexOf("<svg"), part.indexOf("</svg>") + "</svg>".length());
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
        .getDocumentElement();
  }

  /** The height of the horizontal line in the group of this class. */
  private static double lineY(Element svg, String groupClass) {
    NodeList groups = svg.getElementsByTagName("g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (g.getAttribute("class").equals(groupClass)) {
        Element line = (Element) g.getElementsByTagName("line").item(0);
        assertThat(line.getAttribute("y1")).isEqualTo(line.getAttribute("y2"));
        return Double.parseDouble(line.getAttribute("y1"));
      }
    }
    throw new AssertionError("No " + groupClass + " in the chart");
  }
}
