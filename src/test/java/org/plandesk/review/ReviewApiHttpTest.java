package org.plandesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskWebTest;
import org.plandesk.SeedPlans;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.process.LifecycleDriver;
import org.plandesk.review.process.PlanReviewPort;
import org.plandesk.review.process.PlanReviewProcess;
import org.plandesk.web.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The review API through real HTTP: every call needs a sign-in, only the coordinator sets a plan's
 * own review interval, bad input is refused with 400 and the reason, and a review done in the
 * Tasklist (here through engine-rest, as the Tasklist does it) shows in the plan's reviews.
 */
@PlanDeskWebTest
class ReviewApiHttpTest {

  private static final LocalDate TODAY = LocalDate.of(2027, 2, 1);
  private static final LocalDate DUE = TODAY.plusYears(1);

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired PlanService plans;
  @Autowired PlanReviewPort reviewProcesses;
  private WebClient web;
  private LifecycleDriver driver;

  @BeforeEach
  void setUp() {
    web = new WebClient(port);
    driver = new LifecycleDriver(engine, plans);
    driver.reachDay(TODAY);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private HttpResponse<String> call(String user, String method, String path, String json) {
    return web.api(method, path, json, user, user == null ? null : "demo");
  }

  private static String interval(String code) {
    return reviews(code) + "/interval";
  }

  private static String reviews(String code) {
    return "/api/reviews/plans/" + code;
  }

  /** A communication plan (reviewed yearly) whose first version is in force from TODAY. */
  private String planInForce() {
    String code = "REVIEW-HTTP-" + System.nanoTime() % 1_000_000;
    driver.inForce(code, "COMMUNICATION_PLAN", "hu", SeedPlans.kulsoKommunikacio(), TODAY);
    return code;
  }

  private void completeThroughEngineRest(String user, Task task, String variables) {
    assertThat(
            call(
                    user,
                    "POST",
                    "/engine-rest/task/" + task.getId() + "/claim",
                    "{\"userId\":\"" + user + "\"}")
                .statusCode())
        .isEqualTo(204);
    var done =
        call(
            user,
            "POST",
            "/engine-rest/task/" + task.getId() + "/submit-form",
            "{\"variables\":{" + variables + "}}");
    assertThat(done.statusCode()).as(done.body()).isIn(200, 204);
  }

  @Test
  void everyCallNeedsASignInAndOnlyTheCoordinatorSetsTheInterval() {
    String code = planInForce();

    assertThat(call(null, "GET", reviews(code), null).statusCode()).isEqualTo(401);
    assertThat(web.api("GET", reviews(code), null, "nobody", "wrong").statusCode()).isEqualTo(401);
    assertThat(call(null, "PUT", interval(code), "{\"interval\":\"P6M\"}").statusCode())
        .isEqualTo(401);
    for (String user : List.of("auditor", "director", "anna", "peter")) {
      assertThat(call(user, "PUT", interval(code), "{\"interval\":\"P6M\"}").statusCode())
          .as(user)
          .isEqualTo(403);
      assertThat(call(user, "GET", reviews(code), null).statusCode())
          .as(user + " reads")
          .isEqualTo(200);
    }
    assertThat(call("coordinator", "POST", reviews(code), "{}").statusCode())
        .as("read only but the interval")
        .isEqualTo(403);
    assertThat(call("coordinator", "DELETE", interval(code), null).statusCode()).isEqualTo(403);

    assertThat(call("auditor", "GET", reviews(code), null).body())
        .contains("\"intervalOverride\":null");
  }

  @Test
  void badInputIsRefusedWith400AndTheReasonAndChangesNothing() {
    String code = planInForce();
    record Refusal(String body, String reason) {}
    List<Refusal> refusals =
        List.of(
            new Refusal(
                "{\"interval\":\"six months\"}",
                "ISO-8601 period such as P1Y or P6M, not six months"),
            new Refusal("{\"interval\":\"P3D\"}", "at least a week"),
            new Refusal("{\"interval\":\"-P6M\"}", "at least a week"),
            new Refusal("{\"interval\":\"P1000Y\"}", "at most ten years"),
            new Refusal("{\"interval\":\"P2147483647Y\"}", "at most ten years"),
            new Refusal("{\"interval\":[\"P6M\"]}", "The body must be a JSON object such as"),
            new Refusal("{\"interval\":\"P6M\"", "The body must be a JSON object such as"),
            new Refusal(null, "The body must be a JSON object such as"));
    for (Refusal refusal : refusals) {
      var response = call("coordinator", "PUT", interval(code), refusal.body());
      assertThat(response.statusCode()).as(refusal.body()).isEqualTo(400);
      assertThat(response.body()).as(refusal.body()).contains(refusal.reason());
    }
    assertThat(call("coordinator", "GET", reviews(code), null).body())
        .contains("\"intervalOverride\":null");

    var unknown = call("coordinator", "PUT", interval("NO-SUCH-PLAN"), "{\"interval\":\"P6M\"}");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("There is no plan with code NO-SUCH-PLAN");
    assertThat(call("anna", "GET", reviews("NO-SUCH-PLAN"), null).statusCode()).isEqualTo(404);

    var longSpelling =
        call(
            "coordinator",
            "PUT",
            interval(code),
            "{\"interval\":\" p0000000000000000000000006m \"}");
    assertThat(longSpelling.statusCode())
        .as("a long spelling of a valid period is kept short, not refused by the database")
        .isEqualTo(200);
    assertThat(longSpelling.body()).contains("\"intervalOverride\":\"P6M\"");
  }

  @Test
  void aReviewDoneInTheTasklistShowsAndThePlansOwnIntervalAppliesFromTheNextScheduling() {
    String code = planInForce();
    var before = call("anna", "GET", reviews(code), null);
    assertThat(before.statusCode()).isEqualTo(200);
    assertThat(before.body())
        .contains(
            "\"planCode\":\"" + code + "\"",
            "\"planStatus\":\"IN_FORCE\"",
            "\"reviews\":[]",
            "\"nextReviewDue\":\"" + DUE + "\"");

    var sixMonths = call("coordinator", "PUT", interval(code), "{\"interval\":\"P6M\"}");
    assertThat(sixMonths.statusCode()).isEqualTo(200);
    assertThat(sixMonths.body())
        .contains("\"intervalOverride\":\"P6M\"")
        .contains("\"nextReviewDue\":\"" + DUE + "\"");

    driver.reachDay(DUE);
    long versionId = plans.overview(code).inForce().orElseThrow().id();
    ProcessInstance review = reviewProcesses.reviewOf(versionId).orElseThrow();
    completeThroughEngineRest(
        "coordinator",
        driver.task(review, PlanReviewProcess.REVIEW_PLAN),
        "\"reviewOutcome\":{\"value\":\"STILL_VALID\"},\"reviewRemark\":{\"value\":\"Still fits the library's year\"}");
    completeThroughEngineRest(
        "director",
        driver.task(review, PlanReviewProcess.CONFIRM_STILL_VALID),
        "\"confirmation\":{\"value\":\"CONFIRM\"},\"directorRemark\":{\"value\":\"\"}");

    var after = call("auditor", "GET", reviews(code), null);
    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(after.body())
        .contains(
            "\"outcome\":\"STILL_VALID\"",
            "\"remark\":\"Still fits the library's year\"",
            "\"reviewedBy\":\"coordinator\"",
            "\"confirmedBy\":\"director\"",
            "\"reviewDate\":\"" + DUE + "\"",
            "\"nextDueDate\":\"" + DUE.plusMonths(6) + "\"",
            "\"nextReviewDue\":\"" + DUE.plusMonths(6) + "\"");

    var restored = call("coordinator", "PUT", interval(code), "{\"interval\":null}");
    assertThat(restored.statusCode()).isEqualTo(200);
    assertThat(restored.body()).contains("\"intervalOverride\":null");
  }

  @Test
  void aPlanNotYetInForceHasNoReviewDue() {
    String code = "REVIEW-DRAFT-" + System.nanoTime() % 1_000_000;
    driver.startNewPlan("coordinator", code, "Terv", "ANNUAL_ACTION_PLAN", "en");

    var response = call("peter", "GET", reviews(code), null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains(
            "\"planStatus\":\"NOT_IN_FORCE\"",
            "\"versionInForceId\":null",
            "\"nextReviewDue\":null");
  }
}
