package org.plandesk.grant.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskWebTest;
import org.plandesk.SeedPlans;
import org.plandesk.grant.GrantDraft;
import org.plandesk.grant.GrantRequest;
import org.plandesk.grant.GrantService;
import org.plandesk.living.LivingSeeds;
import org.plandesk.plan.PlanContent;
import org.plandesk.plan.PlanLanguage;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanType;
import org.plandesk.web.PageReader;
import org.plandesk.web.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Traceability goal ↔ action item ↔ grant through real HTTP: seed 004's Lutsk programme in force
 * (its goal of a European-level library and a second goal, its fundraising and grant activity as
 * action items) and a grant request that serves it. The coordinator links the request to the goals
 * and items it funds through the API and on the request's page; the request's page and the plan's
 * progress page show them, and a goal without funding is said in words. An unknown goal or item is
 * refused with 400 naming it and nothing written; only the coordinator writes, the auditor reads.
 */
@PlanDeskWebTest
class GrantLinksHttpTest {

  private static final String EUROPEAN_LEVEL =
      "Бібліотека європейського рівня як інформаційно-культурний центр громади";
  private static final String E_SERVICES = "Зростання кількості користувачів електронних послуг";
  private static final String GRANT_ACTIVITY = "Грантова діяльність бібліотек";
  private static final String FUNDRAISING = "Фандрайзингова діяльність";

  @LocalServerPort int port;
  @Autowired PlanService plans;
  @Autowired GrantService grants;
  @Autowired JdbcClient jdbc;

  private PageReader pages;
  private WebClient api;
  private String plan;
  private GrantRequest request;

  @BeforeEach
  void lutskProgrammeWithARequest() {
    pages = new PageReader(port);
    api = new WebClient(port);
    plan = LivingSeeds.code("ЛМЦБС-ПР");
    PlanContent seed = SeedPlans.lutskProgramme();
    new LivingSeeds(plans)
        .inForce(
            plan,
            "Програма розвитку ЛМЦБС на 1 рік",
            PlanType.DEVELOPMENT_PROGRAMME,
            PlanLanguage.uk,
            new PlanContent(
                seed.startingPoint(),
                List.of(EUROPEAN_LEVEL, E_SERVICES),
                seed.communicationGoals(),
                seed.targetGroups(),
                seed.actionItems(),
                seed.monitoringInstruments(),
                seed.indicators(),
                seed.changeSummary()),
            LocalDate.now().minusMonths(1));
    request =
        grants.prepare(
            new GrantDraft(
                "Медіатека для громади " + System.nanoTime() % 1_000_000,
                "Український культурний фонд",
                null,
                new BigDecimal("480000"),
                "UAH",
                new BigDecimal("48000"),
                "Обладнати медіатеку в центральній бібліотеці",
                "Медіатека працює, 300 нових користувачів електронних послуг",
                plan,
                GRANT_ACTIVITY,
                LocalDate.now().plusDays(30),
                "olena"),
            "coordinator",
            null,
            LocalDate.now());
  }

  private String links() {
    return "/api/grants/" + request.id() + "/links";
  }

  private String progress() {
    return "/plans/" + PageReader.segment(plan) + "/progress";
  }

  @Test
  void theItemTheRequestNamesIsLinkedFromItsPreparation() {
    var shown = api.getWithBasic(links(), "auditor", "demo");
    assertThat(shown.statusCode()).isEqualTo(200);
    assertThat(shown.body()).contains("\"kind\":\"ACTION_ITEM\"").contains(GRANT_ACTIVITY);
    assertThat(shown.body()).doesNotContain("\"kind\":\"GOAL\"");
  }

  @Test
  void aLinkSetThroughTheApiShowsOnTheRequestsPageAndOnTheProgressPage() {
    var set =
        api.api(
            "PUT",
            links(),
            "{\"goals\": [\"1\"], \"actionItems\": [\"" + GRANT_ACTIVITY + "\", \"2\"]}",
            "coordinator",
            "demo");
    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    assertThat(set.body()).contains(EUROPEAN_LEVEL).contains(FUNDRAISING).contains(GRANT_ACTIVITY);

    String page = pages.page("/grants/" + request.id(), "auditor");
    String funds = section(page, "funds");
    assertThat(funds)
        .contains("Goals and action items it funds")
        .contains("1. <span>" + EUROPEAN_LEVEL)
        .contains("2. <span>" + FUNDRAISING)
        .contains("3. <span>" + GRANT_ACTIVITY)
        .doesNotContain(E_SERVICES)
        .doesNotContain("<form");
    assertThat(section(page, "history")).contains("Goals and action items it funds set");

    String progress = pages.page(progress(), "auditor");
    String first = goal(progress, 1);
    assertThat(first)
        .contains("1. " + EUROPEAN_LEVEL)
        .contains("<caption>Requests that fund goal 1, and the action items of the plan they fund")
        .contains("href=\"/grants/" + request.id() + "\">" + request.title() + "</a>")
        .contains(">Waiting for the director&#39;s approval<")
        .contains("480,000.00\u00a0UAH")
        .contains("No award recorded")
        .contains("<li>2. " + FUNDRAISING + "</li>")
        .contains("<li>3. " + GRANT_ACTIVITY + "</li>");
    assertThat(goal(progress, 2))
        .contains("2. " + E_SERVICES)
        .contains("No grant or fundraising request funds this goal.")
        .doesNotContain(request.title());

    String ukrainian = pages.page(progress(), "olena", "uk");
    assertThat(goal(ukrainian, 2))
        .contains("Жодна заявка на грант чи залучення коштів не фінансує цю ціль.");
    assertThat(ukrainian).contains("Фінансування стратегічних цілей");
  }

  @Test
  void aRequestFundingItemsButNoGoalIsListedApart() {
    String progress = pages.page(progress(), "coordinator");
    assertThat(goal(progress, 1)).contains("No grant or fundraising request funds this goal.");
    assertThat(progress)
        .contains("Requests that fund action items but no strategic goal")
        .contains("href=\"/grants/" + request.id() + "\"");
  }

  @Test
  void anUnknownGoalOrItemIsRefusedWith400NamingItAndNothingIsWritten() {
    String before = api.getWithBasic(links(), "coordinator", "demo").body();
    int history = historyEntries();

    var unknownGoal =
        api.api(
            "PUT",
            links(),
            "{\"goals\": [\"1\", \"Ціль, якої немає\"], \"actionItems\": [\"2\"]}",
            "coordinator",
            "demo");
    assertThat(unknownGoal.statusCode()).isEqualTo(400);
    assertThat(unknownGoal.body())
        .contains("has no strategic goal 'Ціль, якої немає'")
        .contains("nothing was linked");
    var goalNumberTooHigh = api.api("PUT", links(), "{\"goals\": [\"3\"]}", "coordinator", "demo");
    assertThat(goalNumberTooHigh.statusCode()).isEqualTo(400);
    assertThat(goalNumberTooHigh.body()).contains("has no strategic goal '3'");
    var unknownItem =
        api.api("PUT", links(), "{\"actionItems\": [\"Бібліобус\"]}", "coordinator", "demo");
    assertThat(unknownItem.statusCode()).isEqualTo(400);
    assertThat(unknownItem.body()).contains("has no action item 'Бібліобус'");

    assertThat(api.getWithBasic(links(), "coordinator", "demo").body()).isEqualTo(before);
    assertThat(historyEntries()).isEqualTo(history);

    // The page: the form sent with an item another version has no more shows the reason, keeps
    // what was ticked, and writes nothing.
    WebClient coordinator = new WebClient(port).signIn("coordinator", "demo");
    String page = coordinator.get("/grants/" + request.id()).body();
    var refused =
        coordinator.postForm(
            "/grants/" + request.id() + "/links",
            List.of(
                Map.entry("goal", E_SERVICES),
                Map.entry("actionItem", "Бібліобус"),
                Map.entry("_csrf", WebClient.csrf(page))));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(section(refused.body(), "funds"))
        .contains("role=\"alert\"")
        .contains("The plan in force has no action item “Бібліобус”: nothing was saved.")
        .containsPattern("value=\"" + E_SERVICES + "\"\\s+checked");
    assertThat(api.getWithBasic(links(), "coordinator", "demo").body()).isEqualTo(before);
    assertThat(historyEntries()).isEqualTo(history);
  }

  @Test
  void aRequestThatServesNoPlanFundsNoGoalAndSaysSo() {
    GrantRequest planless =
        grants.prepare(
            new GrantDraft(
                "Читацький намет на літо " + System.nanoTime() % 1_000_000,
                "Міська рада",
                null,
                new BigDecimal("30000"),
                "UAH",
                BigDecimal.ZERO,
                "Читання просто неба",
                "10 зустрічей",
                null,
                null,
                LocalDate.now().plusDays(10),
                "olena"),
            "coordinator",
            null,
            LocalDate.now());
    var put =
        api.api(
            "PUT",
            "/api/grants/" + planless.id() + "/links",
            "{\"goals\": [\"1\"]}",
            "coordinator",
            "demo");
    assertThat(put.statusCode()).isEqualTo(400);
    assertThat(put.body()).contains("serves no plan");

    WebClient coordinator = new WebClient(port).signIn("coordinator", "demo");
    String page = coordinator.get("/grants/" + planless.id()).body();
    assertThat(section(page, "funds"))
        .contains(
            "The request serves no plan, so it funds none of a plan&#39;s goals or action items.")
        .doesNotContain("<form");
    var posted =
        coordinator.postForm(
            "/grants/" + planless.id() + "/links",
            List.of(Map.entry("goal", EUROPEAN_LEVEL), Map.entry("_csrf", WebClient.csrf(page))));
    assertThat(posted.statusCode()).isEqualTo(400);
    assertThat(section(posted.body(), "funds"))
        .contains("role=\"alert\"")
        .contains(
            "The request serves no plan, so it cannot fund goals or action items of a plan:"
                + " nothing was saved.");
    assertThat(
            api.getWithBasic("/api/grants/" + planless.id() + "/links", "auditor", "demo").body())
        .isEqualTo("[]");
  }

  @Test
  void theCoordinatorSetsTheLinksOnTheRequestsPage() {
    WebClient coordinator = new WebClient(port).signIn("coordinator", "demo");
    String page = coordinator.get("/grants/" + request.id()).body();
    String form = section(page, "funds");
    assertThat(form)
        .contains("<legend>Strategic goals of the plan in force that the request funds</legend>")
        .contains("<label for=\"link-goal-2\">2. " + E_SERVICES + "</label>")
        .containsPattern("value=\"" + GRANT_ACTIVITY + "\"\\s+checked");

    var saved =
        coordinator.postForm(
            "/grants/" + request.id() + "/links",
            List.of(
                Map.entry("goal", E_SERVICES),
                Map.entry("actionItem", FUNDRAISING),
                Map.entry("_csrf", WebClient.csrf(page))));
    assertThat(saved.statusCode()).isEqualTo(302);
    String location = saved.headers().firstValue("Location").orElse("");
    assertThat(location).contains("/grants/" + request.id() + "?saved=links");

    String after = coordinator.get("/grants/" + request.id() + "?saved=links").body();
    assertThat(section(after, "funds"))
        .contains("Saved: the goals and action items the request funds.")
        .contains("2. <span>" + E_SERVICES)
        .contains("2. <span>" + FUNDRAISING)
        .doesNotContain("<span>" + GRANT_ACTIVITY);
    String progress = pages.page(progress(), "director");
    assertThat(goal(progress, 2)).contains(request.title()).contains("2. " + FUNDRAISING);
    assertThat(goal(progress, 1)).contains("No grant or fundraising request funds this goal.");
  }

  @Test
  void onlyTheCoordinatorWritesAndEveryoneSignedInReads() {
    String before = api.getWithBasic(links(), "coordinator", "demo").body();
    for (String user : List.of("director", "auditor", "anna", "peter")) {
      var put = api.api("PUT", links(), "{\"goals\": [\"1\"]}", user, "demo");
      assertThat(put.statusCode()).as(user).isEqualTo(403);
      assertThat(api.getWithBasic(links(), user, "demo").statusCode()).as(user).isEqualTo(200);
    }
    assertThat(api.api("PUT", links(), "{\"goals\": [\"1\"]}", null, null).statusCode())
        .isEqualTo(401);

    WebClient auditor = new WebClient(port).signIn("auditor", "demo");
    String page = auditor.get("/grants/" + request.id()).body();
    assertThat(section(page, "funds")).contains(GRANT_ACTIVITY).doesNotContain("<form");
    var posted =
        auditor.postForm(
            "/grants/" + request.id() + "/links",
            List.of(Map.entry("goal", EUROPEAN_LEVEL), Map.entry("_csrf", WebClient.csrf(page))));
    assertThat(posted.statusCode()).isEqualTo(403);
    assertThat(api.getWithBasic(links(), "coordinator", "demo").body()).isEqualTo(before);
  }

  private int historyEntries() {
    return jdbc.sql("SELECT COUNT(*) FROM grant_event WHERE grant_id = ?")
        .param(request.id())
        .query(Integer.class)
        .single();
  }

  /** The part of a page in the element with this id, up to the next section or table's end. */
  private static String section(String page, String id) {
    int start = page.indexOf("id=\"" + id + "\"");
    assertThat(start).as(id).isPositive();
    int end = page.indexOf("</section>", start);
    int table = page.indexOf("</table>", start);
    if (end < 0 || (id.equals("history") && table > 0)) {
      end = table;
    }
    return page.substring(start, end);
  }

  /** The part of the progress page about one strategic goal's funding. */
  private static String goal(String page, int number) {
    Matcher m =
        Pattern.compile(
                "id=\"goal-" + number + "\"(.*?)(?=class=\"goal-funding\"|</section>)",
                Pattern.DOTALL)
            .matcher(page);
    assertThat(m.find()).as("goal " + number).isTrue();
    return m.group(1);
  }
}
