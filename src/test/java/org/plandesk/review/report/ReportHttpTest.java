package org.plandesk.review.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskWebTest;
import org.plandesk.plan.PlanService;
import org.plandesk.review.ReviewService;
import org.plandesk.review.report.process.ImplementationReportVariables;
import org.plandesk.signing.SignedCompletion;
import org.plandesk.web.PageReader;
import org.plandesk.web.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The yearly report through real HTTP, by role: the coordinator's button on the progress page
 * starts it (auditors and departments are refused, nothing starts); drafts are read by the
 * coordinator, the director and the auditors, not by a department; the signed-off report by anyone
 * signed in; nobody without signing in.
 */
@PlanDeskWebTest
class ReportHttpTest {

  @LocalServerPort int port;
  @Autowired PlanService plans;
  @Autowired ReviewService reviews;
  @Autowired JdbcClient jdbc;
  @Autowired ImplementationReports reports;
  @Autowired ProcessEngine engine;

  private String code;
  private String progress;
  private long planId;

  @BeforeEach
  void lutsk() {
    code = new ReportSeeds(plans, reviews, jdbc).lutskWithAYear();
    progress = "/plans/" + PageReader.segment(code) + "/progress";
    planId = plans.overview(code).plan().id();
  }

  private WebClient signedIn(String user) {
    return new WebClient(port).signIn(user, "demo");
  }

  private HttpResponse<String> ask(WebClient user, String year) {
    String page = user.get(progress).body();
    return user.postForm(
        "/plans/" + PageReader.segment(code) + "/report",
        List.of(Map.entry("year", year), Map.entry("_csrf", WebClient.csrf(page))));
  }

  private int status(String path, String user) {
    return new WebClient(port).download(path, user, user == null ? null : "demo").statusCode();
  }

  @Test
  void onlyTheCoordinatorAsksForTheReportAndNothingStartsForAnyoneElse() {
    assertThat(signedIn("coordinator").get(progress).body())
        .contains("id=\"report-form\"", "name=\"year\"");
    assertThat(signedIn("auditor").get(progress).body()).doesNotContain("id=\"report-form\"");

    assertThat(ask(signedIn("auditor"), String.valueOf(ReportSeeds.year())).statusCode())
        .isEqualTo(403);
    assertThat(ask(signedIn("anna"), String.valueOf(ReportSeeds.year())).statusCode())
        .isEqualTo(403);
    assertThat(ask(signedIn("director"), String.valueOf(ReportSeeds.year())).statusCode())
        .isEqualTo(403);
    HttpResponse<String> notAYear = ask(signedIn("coordinator"), "last year");
    assertThat(notAYear.statusCode()).isEqualTo(400);
    assertThat(notAYear.body()).contains("must be a year such as 2026");
    assertThat(ask(signedIn("coordinator"), "1999").statusCode()).isEqualTo(400);
    assertThat(reports.ofPlan(planId)).as("nothing was started").isEmpty();

    HttpResponse<String> asked = ask(signedIn("coordinator"), String.valueOf(ReportSeeds.year()));
    assertThat(asked.statusCode()).isEqualTo(302);
    assertThat(asked.headers().firstValue("Location").orElse(""))
        .contains("report=requested")
        .endsWith("#report");
    assertThat(reports.ofPlan(planId)).hasSize(1);
    assertThat(ask(signedIn("coordinator"), String.valueOf(ReportSeeds.year())).statusCode())
        .as("the year's report is on its way already")
        .isEqualTo(409);
  }

  @Test
  void draftsAreForThoseWhoMakeSignOrAuditTheReportAndTheSignedOffReportForEveryone()
      throws Exception {
    ask(signedIn("coordinator"), String.valueOf(ReportSeeds.year()));
    ImplementationReport report = reports.ofPlan(planId).get(0);
    ReportSeeds.runJobs(engine, report);
    String draft = "/api/reports/" + report.id() + "/document.docx?edition=DRAFT_1";
    assertThat(status(draft, "coordinator")).isEqualTo(200);
    assertThat(status(draft, "director")).isEqualTo(200);
    assertThat(status(draft, "auditor")).isEqualTo(200);
    assertThat(status(draft, "anna")).as("a department reads no draft").isEqualTo(403);
    assertThat(status(draft, null)).isEqualTo(401);
    assertThat(status("/api/reports/" + report.id() + "/document.docx", "anna"))
        .as("nothing signed off yet")
        .isEqualTo(404);
    assertThat(signedIn("anna").get(progress).body())
        .contains("data-status=\"IN_SIGN_OFF\"")
        .doesNotContain("edition=DRAFT_1");
    assertThat(signedIn("auditor").get(progress).body()).contains("edition=DRAFT_1");

    Task signOff =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(report.processInstanceId())
            .singleResult();
    SignedCompletion.complete(
        engine,
        "director",
        SignedCompletion.DEMO_PASSWORD,
        signOff,
        () -> {
          engine.getIdentityService().setAuthentication("director", List.of("director"));
          try {
            engine.getTaskService().claim(signOff.getId(), "director");
            engine
                .getFormService()
                .submitTaskForm(
                    signOff.getId(),
                    Map.of(ImplementationReportVariables.DECISION.name(), "APPROVE"));
          } finally {
            engine.getIdentityService().clearAuthentication();
          }
        });
    ReportSeeds.runJobs(engine, report);

    HttpResponse<byte[]> signed =
        new WebClient(port)
            .download("/api/reports/" + report.id() + "/document.docx", "anna", "demo");
    assertThat(signed.statusCode()).isEqualTo(200);
    assertThat(signed.headers().firstValue("X-Content-SHA256")).isPresent();
    assertThat(org.plandesk.document.DocxReading.text(signed.body()))
        .contains("Річний звіт про виконання " + ReportSeeds.year(), "Mikolasek Zsófia")
        .as("the signed sign-off on the document")
        .contains("Електронний підпис", " (Директор), затверджено, ", ", SHA-256: ");
    assertThat(status("/api/reports/" + report.id() + "/document.docx?edition=SIGNED_OFF", "olena"))
        .isEqualTo(200);
    assertThat(status("/api/reports/999999/document.docx", "auditor")).isEqualTo(404);
    assertThat(
            new WebClient(port)
                .api(
                    "POST",
                    "/api/reports/" + report.id() + "/document/regenerate",
                    null,
                    "auditor",
                    "demo")
                .statusCode())
        .isEqualTo(403);
    String page = signedIn("anna").get(progress).body();
    assertThat(page)
        .contains("data-status=\"SIGNED_OFF\"", "Mikolasek Zsófia")
        .contains("/api/reports/" + report.id() + "/document.docx?edition=SIGNED_OFF");
  }
}
