package org.plandesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskWebTest;
import org.plandesk.SeedPlans;
import org.plandesk.notification.StaffLanguages;
import org.plandesk.plan.PlanLanguage;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.VersionStatus;
import org.plandesk.plan.process.LifecycleDriver;
import org.plandesk.plan.process.PlanVersionProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A refusal reaches a person in their own language, whichever surface answers: the director who
 * approves with an effective date before the approval date, through {@code /engine-rest} (HTTP
 * Basic, as scripts do) and through the Tasklist's engine API (the signed-in session), reads it in
 * Hungarian, or Ukrainian, with the dates as the language writes them and nothing written; so do
 * PlanDesk's {@code /api} and its pages. A reader without a language of their own reads English.
 */
@PlanDeskWebTest
class RefusalLanguageHttpTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
  private static final String EARLY =
      "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"},"
          + "\"effectiveDate\":{\"value\":\"2026-09-30\"},\"signaturePassword\":{\"value\":\"demo\"}}}";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired PlanService plans;
  @Autowired StaffLanguages languages;
  @Autowired IdentityService identity;
  LifecycleDriver driver;

  @BeforeEach
  void setUp() {
    driver = new LifecycleDriver(engine, plans);
    driver.reachDay(TODAY);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    for (String user : List.of("director", "coordinator")) {
      identity.deleteUserInfo(user, "language");
    }
  }

  /** A version waiting for the director's approval, and the approval task's id. */
  private String inApproval(ProcessInstance pi) {
    driver.writeContent(pi, SeedPlans.kulsoKommunikacio());
    driver.draft(pi, List.of(), TODAY.plusDays(3));
    driver.consolidate(pi);
    String task = driver.task(pi, PlanVersionProcess.APPROVE_VERSION).getId();
    engine.getTaskService().claim(task, "director");
    return task;
  }

  @Test
  void theDirectorReadsTheRefusedApprovalInTheirLanguageOnTheEngineRestAndNothingIsWritten() {
    ProcessInstance pi =
        driver.startNewPlan("coordinator", "LANG-1", "Terv", "COMMUNICATION_PLAN", "hu");
    String task = inApproval(pi);
    WebClient web = new WebClient(port);
    String submit = "/engine-rest/task/" + task + "/submit-form";

    languages.set("director", PlanLanguage.hu);
    var hungarian = web.postJson(submit, EARLY, "director", "demo");

    assertThat(hungarian.statusCode()).isEqualTo(400);
    assertThat(message(hungarian))
        .isEqualTo(
            "A hatálybalépés napja (2026. szeptember 30.) korábbi, mint a jóváhagyás napja"
                + " (2026. október 1.)");

    languages.set("director", PlanLanguage.uk);
    var ukrainian = web.postJson(submit, EARLY, "director", "demo");

    assertThat(ukrainian.statusCode()).isEqualTo(400);
    assertThat(message(ukrainian))
        .isEqualTo(
            "Дата набрання чинності (30 вересня 2026 р.) раніша за дату затвердження"
                + " (1 жовтня 2026 р.)");

    identity.deleteUserInfo("director", "language");
    var english = web.postJson(submit, EARLY, "director", "demo");

    assertThat(message(english))
        .isEqualTo(
            "The effective date September 30, 2026 lies before the approval date October 1, 2026");
    assertThat(driver.tasks(pi, PlanVersionProcess.APPROVE_VERSION)).hasSize(1);
    assertThat(plans.version(driver.versionId(pi)).status()).isEqualTo(VersionStatus.IN_APPROVAL);
    assertThat(plans.version(driver.versionId(pi)).versionNumber()).isNull();
  }

  @Test
  void theTasklistShowsTheRefusalInTheSignedInDirectorsLanguage() {
    ProcessInstance pi =
        driver.startNewPlan("coordinator", "LANG-2", "Terv", "COMMUNICATION_PLAN", "hu");
    String task = inApproval(pi);
    languages.set("director", PlanLanguage.hu);
    WebClient tasklist = new WebClient(port).signIn("director", "demo");
    String name = engine.getName();
    tasklist.get("/camunda/app/tasklist/" + name + "/");
    tasklist.getJson("/camunda/api/engine/engine/" + name + "/task");

    var refused =
        tasklist.postJsonAsWebapp(
            "/camunda/api/engine/engine/" + name + "/task/" + task + "/submit-form", EARLY);

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(message(refused))
        .isEqualTo(
            "A hatálybalépés napja (2026. szeptember 30.) korábbi, mint a jóváhagyás napja"
                + " (2026. október 1.)");
    assertThat(driver.tasks(pi, PlanVersionProcess.APPROVE_VERSION)).hasSize(1);
    assertThat(plans.version(driver.versionId(pi)).status()).isEqualTo(VersionStatus.IN_APPROVAL);
  }

  @Test
  void planDesksApiAndPagesRefuseInTheReadersLanguageNamingTheFieldByItsLabel() {
    ProcessInstance pi =
        driver.startNewPlan("coordinator", "LANG-3", "Terv", "COMMUNICATION_PLAN", "hu");
    long id = driver.versionId(pi);
    WebClient web = new WebClient(port);
    languages.set("coordinator", PlanLanguage.hu);

    var noReason =
        web.postJson(
            "/api/versions/" + id + "/withdraw", "{\"reason\":\"\"}", "coordinator", "demo");

    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body())
        .isEqualTo("{\"error\":\"Kötelező kitölteni: A visszavonás indoka\"}");
    assertThat(plans.version(id).status()).isEqualTo(VersionStatus.DRAFT);

    languages.set("coordinator", PlanLanguage.uk);
    var page = new WebClient(port).signIn("coordinator", "demo").get("/plans/versions/999999");

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("Версії плану 999999 немає").doesNotContain("There is no");
  }

  /** The {@code message} of a Camunda-shaped JSON error. */
  private static String message(java.net.http.HttpResponse<String> response) {
    String body = response.body();
    int start = body.indexOf("\"message\":\"") + "\"message\":\"".length();
    return body.substring(start, body.indexOf('"', start));
  }
}
