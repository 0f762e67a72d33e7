package org.plandesk.acknowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskWebTest;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.process.LifecycleDriver;
import org.plandesk.web.PageReader;
import org.plandesk.web.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Read and acknowledge through real HTTP, as staff use it: a member of staff opens the page from
 * the mail or What's due, reads and confirms once; a second confirmation is refused with the day of
 * the first; someone not asked is refused 403; the plan page shows n of m and who is missing to
 * those who answer for the record, who export it as CSV; the audit trail names each confirmation.
 */
@PlanDeskWebTest
class AcknowledgeHttpTest {

  private static final String CODE = "ACK-HTTP";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired PlanService plans;
  @Autowired Acknowledgements acknowledgements;

  private long versionId;

  /**
   * The shared application context keeps users' languages: left at English, the other tests' mails
   * to these users (and the audit trail quoting them) would be English whatever their plan.
   */
  @AfterEach
  void theirLanguagesAsBefore() {
    READERS.forEach(user -> engine.getIdentityService().deleteUserInfo(user, "language"));
  }

  /** Those whose pages and mails this test reads in English; their own choice is restored after. */
  private static final List<String> READERS = List.of("jonas", "coordinator", "admin", "peter");

  @BeforeEach
  void versionInForce() {
    for (String user : READERS) {
      engine.getIdentityService().setUserInfo(user, "language", "en");
    }
    if (plans.plans().stream().noneMatch(p -> p.code().equals(CODE))) {
      LifecycleDriver driver = new LifecycleDriver(engine, plans);
      LocalDate today = LocalDate.now();
      var pi = driver.approvedWithoutInput(CODE, today, today);
      try {
        driver.reachDay(today);
      } finally {
        ClockUtil.reset();
      }
      versionId = driver.versionId(pi);
    } else {
      versionId = plans.overview(CODE).inForce().orElseThrow().id();
    }
  }

  private WebClient signedIn(String user) {
    return new WebClient(port).signIn(user, "admin".equals(user) ? "admin" : "demo");
  }

  private HttpResponse<String> confirm(WebClient user) {
    String page = user.get("/acknowledge/" + versionId).body();
    return user.postForm(
        "/acknowledge/" + versionId, List.of(Map.entry("_csrf", WebClient.csrf(page))));
  }

  @Test
  void aMemberOfStaffConfirmsOnceAndOnlyThoseAskedMayConfirm() {
    WebClient jonas = signedIn("jonas");
    String page = jonas.get("/acknowledge/" + versionId).body();
    assertThat(page)
        .contains("id=\"ack-button\"", "href=\"/plans/versions/" + versionId + "\"")
        .contains("I have read this version");

    HttpResponse<String> confirmed = confirm(jonas);
    assertThat(confirmed.statusCode()).isEqualTo(302);
    assertThat(confirmed.headers().firstValue("Location").orElse(""))
        .contains("/acknowledge/" + versionId + "?confirmed");
    assertThat(jonas.get("/acknowledge/" + versionId + "?confirmed").body())
        .contains("id=\"ack-just-confirmed\"", "id=\"ack-confirmed\"")
        .doesNotContain("id=\"ack-button\"");
    var recorded = acknowledgements.line(versionId, "jonas").orElseThrow();
    assertThat(recorded.confirmedAt()).isNotNull();

    HttpResponse<String> again = confirm(jonas);
    assertThat(again.statusCode()).as("a confirmation is final and given once").isEqualTo(409);
    assertThat(again.body()).contains("You already confirmed that you read this version on");
    assertThat(acknowledgements.line(versionId, "jonas").orElseThrow().confirmedAt())
        .as("the first confirmation stays as it was")
        .isEqualTo(recorded.confirmedAt());

    WebClient admin = signedIn("admin");
    assertThat(admin.get("/acknowledge/" + versionId).body())
        .contains("id=\"ack-not-asked\"")
        .doesNotContain("id=\"ack-button\"");
    HttpResponse<String> outsider = confirm(admin);
    assertThat(outsider.statusCode()).isEqualTo(403);
    assertThat(outsider.body())
        .contains("You are not among the staff asked to read and confirm this version.");
    assertThat(acknowledgements.isAsked(versionId, "admin")).isFalse();

    assertThat(jonas.get("/acknowledge/987654321").statusCode()).isEqualTo(404);
    assertThat(new WebClient(port).get("/acknowledge/" + versionId).statusCode())
        .as("only signed in")
        .isIn(302, 401);
  }

  @Test
  void thePlanPageCountsTheConfirmationsAndTheRecordNamesThem() {
    acknowledgements
        .line(versionId, "anna")
        .filter(l -> !l.confirmed())
        .ifPresent(l -> acknowledgements.confirm(versionId, "anna"));
    AcknowledgementStatus status = acknowledgements.status(versionId).orElseThrow();
    int n = status.confirmedCount();
    int m = status.total();
    assertThat(n).isPositive().isLessThan(m);
    String plan = "/plans/" + PageReader.segment(CODE);

    String coordinatorsView = signedIn("coordinator").get(plan).body();
    assertThat(coordinatorsView)
        .contains("id=\"acknowledgements\"")
        .contains("Version 1.0: " + n + " of " + m + " confirmed")
        .contains("Asked: all staff of the library")
        .contains("id=\"ack-missing\"", "Péter Szabó")
        .contains("acknowledgements.csv");
    assertThat(signedIn("anna").get(plan).body())
        .as("a department sees the count, not who is missing")
        .contains("id=\"ack-summary\"")
        .doesNotContain("id=\"ack-missing\"", "acknowledgements.csv");
    if (!acknowledgements.line(versionId, "peter").orElseThrow().confirmed()) {
      assertThat(signedIn("peter").get(plan).body())
          .contains("id=\"ack-yours-link\"", "/acknowledge/" + versionId);
      assertThat(signedIn("peter").get("/").body())
          .as("What's due lists the version to read and confirm")
          .contains("data-kind=\"ACKNOWLEDGEMENT\"", "/acknowledge/" + versionId);
    }

    String csvPath = plan + "/acknowledgements.csv?version=" + versionId;
    HttpResponse<String> csv = signedIn("coordinator").get(csvPath);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    List<String> lines =
        Arrays.stream(csv.body().replace("\uFEFF", "").split("\r\n"))
            .filter(l -> !l.isEmpty())
            .toList();
    assertThat(lines.get(0)).isEqualTo("version,user id,name,status,confirmed at");
    assertThat(lines).hasSize(1 + m);
    assertThat(lines.stream().filter(l -> l.contains(",\"confirmed\",")).count()).isEqualTo(n);
    assertThat(lines)
        .anyMatch(l -> l.startsWith("\"1.0\",\"anna\",\"Anna Lindqvist\",\"confirmed\""));
    assertThat(signedIn("anna").get(csvPath).statusCode())
        .as("the list of names is for those who answer for the record")
        .isEqualTo(403);

    String audit = signedIn("coordinator").get(plan + "/audit").body();
    assertThat(audit)
        .contains("Asked " + m + " members of staff to read and confirm the version")
        .contains("Read and confirmed the version")
        .contains("Anna Lindqvist");
    String auditCsv = signedIn("coordinator").get(plan + "/audit.csv").body();
    assertThat(auditCsv)
        .contains("\"anna\",\"Anna Lindqvist (anna)\",\"Read and confirmed the version\"");
  }
}
