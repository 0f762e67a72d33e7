package org.plandesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.plandesk.PlanDeskWebTest;
import org.plandesk.SeedPlans;
import org.plandesk.grant.GrantRequest;
import org.plandesk.grant.GrantService;
import org.plandesk.living.LivingSeeds;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.process.LifecycleDriver;
import org.plandesk.review.ReviewService;
import org.plandesk.review.process.MonitoringTasks;
import org.plandesk.review.process.PlanReviewPort;
import org.plandesk.web.PageReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 21 on the plan's living record (issue 16): what's due ({@code /}), the grants register, a
 * grant request's page, the monitoring pages (the plan's monitoring due and one result to record)
 * and the progress pages (seed 004's programme with its indicators' charts, seed 002's forum with
 * its votes ranked), for the coordinator, the director, an auditor and a department, in Hungarian,
 * Ukrainian and English: no axe-core violation of WCAG 2.0/2.1 A and AA, the page's language in
 * {@code <html lang>}, nothing scrolling sideways at 320 CSS pixels, and every chart with its data
 * as a table and its lines named in words (never told apart by colour alone).
 *
 * <p>What's due shows a department's task (a draft sent for input), the programme's monitoring and
 * a grant request's funder's deadline and reports; each reader's language is their own (the Camunda
 * user info the language switch stores).
 */
@PlanDeskWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LivingPagesAccessibilityE2ETest {

  private static final List<String> READERS = List.of("coordinator", "director", "auditor", "anna");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired PlanService plans;
  @Autowired ReviewService reviews;
  @Autowired GrantService grants;
  @Autowired IdentityService identity;

  private final LocalDate today = LocalDate.now();
  private Browser browser;
  @Autowired PlanReviewPort reviewPort;
  @Autowired MonitoringTasks monitoring;
  private ProcessInstance draft;
  private final List<String> pages = new ArrayList<>();
  private final List<String> checked = new ArrayList<>();
  private int chartsSeen;

  @BeforeAll
  void aProgrammeWithResultsAForumWithVotesAGrantAndATask() {
    LivingSeeds seeds = new LivingSeeds(plans);
    String lutsk = seeds.lutskProgrammeInForce();
    long inForce = plans.overview(lutsk).inForce().orElseThrow().id();
    // Two results of the poll, each with both indicators' values: charts of two points.
    for (int i = 0; i < 2; i++) {
      reviews.recordMonitoringResult(
          inForce,
          "Тематичне експрес – опитування",
          today.minusDays(20 - 10 * i),
          "Опитано " + (120 + 20 * i) + " читачів",
          null,
          List.of("1 = 3\n2 = 2,5", "1 = 8\n2 = 3").get(i),
          "coordinator");
    }
    String forum = seeds.dialogueForumInForce(today);
    GrantRequest grant =
        LivingSeeds.awardedGrant(
            grants, "Грантова діяльність бібліотек " + System.nanoTime() % 100_000, lutsk, today);

    LifecycleDriver driver = new LifecycleDriver(engine, plans);
    draft =
        driver.startNewPlan(
            "coordinator",
            LivingSeeds.code("KÜLSŐ KOMM"),
            SeedPlans.KULSO_KOMM_TITLE,
            "COMMUNICATION_PLAN",
            "hu");
    driver.writeContent(draft, SeedPlans.kulsoKommunikacio());
    driver.draft(draft, List.of("lending"), today.plusDays(7));

    pages.add("/");
    pages.add("/grants");
    pages.add("/grants/" + grant.id());
    pages.add("/plans/" + PageReader.segment(lutsk) + "/progress");
    pages.add("/plans/" + PageReader.segment(forum) + "/progress");
    // The monitoring pages: the plan's monitoring due, and one instrument's result to record.
    LivingSeeds.monitoringFallsDue(inForce, reviewPort, engine.getManagementService());
    String task = monitoring.open(inForce).get(0).id();
    pages.add("/plans/" + PageReader.segment(lutsk) + "/monitoring");
    pages.add("/plans/" + PageReader.segment(lutsk) + "/monitoring/" + task);

    browser = new Browser();
    browser.base = "http://localhost:" + port;
    browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
  }

  @AfterAll
  void putThingsBack() {
    READERS.forEach(u -> identity.deleteUserInfo(u, "language"));
    if (draft != null) {
      engine.getRuntimeService().deleteProcessInstance(draft.getId(), "test over");
    }
    if (browser != null) {
      browser.close();
    }
    System.out.println(
        "a11y: axe-core checked "
            + checked.size()
            + " views of the living pages:\n  "
            + String.join("\n  ", checked));
  }

  @ParameterizedTest(
      name = "the living pages in {0} for every role: no axe violation, lang, reflow")
  @ValueSource(strings = {"hu", "uk", "en"})
  void theLivingPagesForEveryRole(String language) {
    Map<String, String> problems = new LinkedHashMap<>();
    chartsSeen = 0;
    for (String user : READERS) {
      identity.setUserInfo(user, "language", language);
      browser.get("/login");
      browser.driver.manage().deleteAllCookies();
      browser.get("/login");
      browser.signInAs(user, "demo");
      browser.until("signed in as " + user, d -> !d.getCurrentUrl().contains("/login"));
      for (String page : pages) {
        check(problems, language, user, page);
      }
    }
    assertThat(problems)
        .as("living pages in %s with accessibility problems (rule, impact, elements)", language)
        .isEmpty();
    assertThat(chartsSeen).as("indicator charts checked for their data").isPositive();
  }

  /** Opens a page and records its problems: language, axe-core, charts, 320 px reflow. */
  private void check(Map<String, String> problems, String lang, String user, String path) {
    browser.get(path);
    browser.until(
        "the page " + path,
        d ->
            "complete".equals(browser.js("return document.readyState;"))
                && !d.findElements(By.tagName("main")).isEmpty());
    String where = lang + " " + user + " " + path;
    checked.add(where);
    List<String> found = new ArrayList<>(Axe.pageProblems(browser, lang));
    chartsSeen +=
        ((Number) browser.js("return document.querySelectorAll('svg.indicator-chart').length;"))
            .intValue();
    found.addAll(chartsWithoutTheirData());
    if (!found.isEmpty()) {
      problems.put(where, String.join("\n    ", found));
      browser.dump(
          StoryBrowser.ARTIFACTS.resolve("a11y-living"), lang + "-" + user + "-" + checked.size());
    }
  }

  /**
   * Every chart has a text alternative (its title and description), its values as a table with a
   * caption and header cells (one row per point drawn), and its lines named in words beside them.
   */
  @SuppressWarnings("unchecked")
  private List<String> chartsWithoutTheirData() {
    Object found =
        browser.js(
            """
            const out = [];
            for (const svg of document.querySelectorAll('svg.indicator-chart')) {
              const block = svg.closest('.indicator');
              const name = block ? block.id : 'a chart';
              const labelled = (svg.getAttribute('aria-labelledby') || '').split(' ')
                .map(id => document.getElementById(id)).filter(e => e && e.textContent.trim());
              if (svg.getAttribute('role') !== 'img' || labelled.length < 2) {
                out.push(name + ': no title and description');
              }
              const table = block && block.querySelector('table.chart-data');
              const points = svg.querySelectorAll('circle').length;
              if (!table || !table.querySelector('caption') || !table.querySelector('th')) {
                out.push(name + ': no table of its values with caption and headers');
              } else if (table.querySelectorAll('tbody tr').length !== points) {
                out.push(name + ': ' + points + ' points drawn, '
                  + table.querySelectorAll('tbody tr').length + ' rows in its table');
              }
              if ([...svg.querySelectorAll('text')].filter(t => t.textContent.trim()).length < 2) {
                out.push(name + ': its baseline and target are not named in words');
              }
            }
            return out;""");
    return (List<String>) found;
  }
}
