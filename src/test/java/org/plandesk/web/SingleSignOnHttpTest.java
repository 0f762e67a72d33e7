package org.plandesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.process.LifecycleDriver;
import org.plandesk.plan.process.PlanVersionProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * One sign-in for PlanDesk's pages and the Camunda webapps, through real HTTP: the webapps take the
 * user signed in at PlanDesk's sign-in page, their own login is closed, and signing out of either
 * ends both.
 *
 * <p>A context of its own, started when this class runs: Camunda's webapps keep some state in
 * static fields, which the last application started in the JVM owns (as in the browser story).
 */
@Tag("integration")
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "plandesk.test.context=single-sign-on")
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SingleSignOnHttpTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired PlanService plans;
  WebClient web;
  String tasklist;
  String whoAmI;
  String tasks;
  String logout;

  @BeforeEach
  void setUp() {
    web = new WebClient(port);
    String name = engine.getName();
    tasklist = "/camunda/app/tasklist/" + name + "/";
    whoAmI = "/camunda/api/admin/auth/user/" + name;
    tasks = "/camunda/api/engine/engine/" + name + "/task";
    logout = whoAmI + "/logout";
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aSignedOutBrowserIsSentToPlanDesksSignInAndTheWebappApisAnswer401() {
    var page = web.get(tasklist);
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    assertThat(web.getJson(tasks).statusCode()).isEqualTo(401);
    assertThat(web.getJson(whoAmI).statusCode()).isEqualTo(401);

    // Signed in at PlanDesk's sign-in page, the browser goes back to the Tasklist it asked for
    // (not to a script or API call the Tasklist made meanwhile).
    String token = WebClient.csrf(web.get("/login").body());
    assertThat(web.cookie("JSESSIONID"))
        .as(
            "no session before signing in: a session the webapp's last calls replace cannot lose the way back")
        .isNull();
    var signedIn =
        web.postForm(
            "/login",
            List.of(
                Map.entry("username", "olena"),
                Map.entry("password", "demo"),
                Map.entry("_csrf", token)));
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains(tasklist));
    assertThat(web.get(tasklist).statusCode()).isEqualTo(200);
  }

  @Test
  void theBrowsersIconRequestLeavesTheSignInFormsTokenAlone() {
    // After a logout the browser holds no CSRF cookie: the sign-in page sets one, and its form
    // carries it.
    String token = WebClient.csrf(web.get("/login").body());
    String cookie = web.cookie("PLANDESK-CSRF");
    assertThat(cookie).isNotNull();
    // The icon request the browser makes beside the page is answered, not sent to a second sign-in
    // page whose new token would replace the cookie of the form on screen.
    var icon = web.get("/favicon.ico");
    assertThat(icon.statusCode()).isEqualTo(200);
    assertThat(icon.headers().allValues("Set-Cookie"))
        .noneMatch(c -> c.startsWith("PLANDESK-CSRF"));
    assertThat(web.cookie("PLANDESK-CSRF")).isEqualTo(cookie);
    var signedIn =
        web.postForm(
            "/login",
            List.of(
                Map.entry("username", "anna"),
                Map.entry("password", "demo"),
                Map.entry("_csrf", token)));
    assertThat(signedIn.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).doesNotEndWith("/login"));
  }

  @Test
  void theWebappsOwnLoginIsClosed() {
    var login =
        web.postForm(
            whoAmI + "/login/tasklist",
            List.of(Map.entry("username", "coordinator"), Map.entry("password", "demo")));
    assertThat(login.statusCode()).isEqualTo(401);
    assertThat(web.getJson(tasks).statusCode()).isEqualTo(401);
  }

  @Test
  void theSignInPageIsPlanDesksAndSaysWhenTheCredentialsAreWrong() {
    var page = web.get("/login");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Sign in to PlanDesk")
        .contains("id=\"username\"")
        .contains("id=\"password\"");

    var wrong =
        web.postForm(
            "/login",
            List.of(
                Map.entry("username", "nobody"),
                Map.entry("password", "wrong"),
                Map.entry("_csrf", WebClient.csrf(page.body()))));
    assertThat(wrong.statusCode()).isEqualTo(302);
    assertThat(wrong.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    assertThat(web.get("/login?error").body()).contains("Wrong user name or password.");
  }

  @Test
  void aStaleSignInFormGetsAFreshOneNotAnErrorPage() {
    web.get("/login");
    var stale =
        web.postForm(
            "/login",
            List.of(
                Map.entry("username", "anna"),
                Map.entry("password", "demo"),
                Map.entry("_csrf", "no-longer-valid")));
    assertThat(stale.statusCode()).isEqualTo(302);
    assertThat(stale.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    assertThat(web.get("/plans").statusCode()).as("not signed in by a refused form").isEqualTo(302);
  }

  @Test
  void theWebappsKnowTheUserSignedInToPlanDesk() {
    web.signIn("anna", "demo");
    assertThat(web.get(tasklist).statusCode()).isEqualTo(200);

    var me = web.getJson(whoAmI);
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.body()).contains("\"userId\":\"anna\"").contains("tasklist");
    assertThat(web.getJson(tasks).statusCode()).isEqualTo(200);
  }

  @Test
  void loggingOutOfTheTasklistSignsOutOfPlanDesksPages() {
    web.signIn("coordinator", "demo");
    web.get(tasklist);
    assertThat(web.get("/plans").statusCode()).isEqualTo(200);

    assertThat(web.postJsonAsWebapp(logout, "").statusCode()).isEqualTo(200);

    var plansPage = web.get("/plans");
    assertThat(plansPage.statusCode()).isEqualTo(302);
    assertThat(plansPage.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    assertThat(web.getJson(tasks).statusCode()).isEqualTo(401);
  }

  @Test
  void signingOutOfPlanDeskSignsOutOfTheWebapps() {
    web.signIn("coordinator", "demo");
    web.get(tasklist);
    assertThat(web.getJson(tasks).statusCode()).isEqualTo(200);

    String token = WebClient.csrf(web.get("/plans").body());
    var signOut = web.postForm("/logout", List.of(Map.entry("_csrf", token)));
    assertThat(signOut.statusCode()).isEqualTo(302);

    assertThat(web.getJson(tasks).statusCode()).isEqualTo(401);
    assertThat(web.get(tasklist).statusCode()).isEqualTo(302);
  }

  @Test
  void aTasklistFormThatBreaksARuleGets400WithTheReason() {
    LifecycleDriver driver = new LifecycleDriver(engine, plans);
    driver.reachDay(LocalDate.of(2026, 10, 1));
    ProcessInstance pi =
        driver.startNewPlan("coordinator", "SSO-1", "Terv", "COMMUNICATION_PLAN", "hu");
    var task = driver.task(pi, PlanVersionProcess.DRAFT_VERSION);
    web.signIn("coordinator", "demo");
    web.get(tasklist);
    web.getJson(tasks);
    assertThat(
            web.postJsonAsWebapp(
                    tasks + "/" + task.getId() + "/claim", "{\"userId\":\"coordinator\"}")
                .statusCode())
        .isEqualTo(204);

    var refused =
        web.postJsonAsWebapp(
            tasks + "/" + task.getId() + "/submit-form",
            "{\"variables\":{\"departments\":{\"value\":\"[]\",\"type\":\"Json\"},\"inputDeadline\":{\"value\":\"2026-09-01\"}}}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains("The input deadline must lie after today (October 1, 2026)");
    assertThat(driver.tasks(pi, PlanVersionProcess.DRAFT_VERSION)).hasSize(1);
  }
}
