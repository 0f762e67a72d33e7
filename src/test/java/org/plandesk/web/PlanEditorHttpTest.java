package org.plandesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskWebTest;
import org.plandesk.SeedPlans;
import org.plandesk.plan.PlanContent;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.VersionStatus;
import org.plandesk.plan.process.LifecycleDriver;
import org.plandesk.plan.process.PlanVersionVariables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The plan editor through real HTTP: sign-in, CSRF, saving, refusing, read-only, roles. */
@PlanDeskWebTest
class PlanEditorHttpTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired PlanService plans;
  LifecycleDriver driver;

  @BeforeEach
  void setUp() {
    driver = new LifecycleDriver(engine, plans);
    driver.reachDay(LocalDate.of(2026, 10, 1));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private long newDraft(String code) {
    ProcessInstance pi =
        driver.startNewPlan(
            "coordinator", code, SeedPlans.KULSO_KOMM_TITLE, "COMMUNICATION_PLAN", "hu");
    return driver.versionId(pi);
  }

  @Test
  void coordinatorSavesTheSeedPlanWithHungarianTextAndManyRows() {
    long id = newDraft("EDIT-1");
    WebClient coordinator = new WebClient(port).signIn("coordinator", "demo");
    String page = coordinator.get("/plans/versions/" + id).body();

    var response =
        coordinator.postForm(
            "/plans/versions/" + id,
            EditorFields.withCsrf(
                page, EditorFields.of(SeedPlans.KULSO_KOMM_FILE, SeedPlans.kulsoKommunikacio())));

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(plans.version(id).content()).isEqualTo(SeedPlans.kulsoKommunikacio());
    assertThat(plans.version(id).fileName()).isEqualTo(SeedPlans.KULSO_KOMM_FILE);
    String reloaded = coordinator.get("/plans/versions/" + id).body();
    assertThat(reloaded).contains("Saved.").contains("Önkormányzat (fenntartó)");
    assertThat(
            engine
                .getRuntimeService()
                .createVariableInstanceQuery()
                .variableName(PlanVersionVariables.CONTENT_SUMMARY.name())
                .list())
        .as("the Tasklist's summary of the content, in the plan's language (Hungarian)")
        .anyMatch(v -> v.getValue().toString().contains("5 célcsoport"));
  }

  @Test
  void aSaveWithBadRowsIsRefusedWithItsMessagesAndKeepsWhatWasTyped() {
    long id = newDraft("EDIT-2");
    WebClient coordinator = new WebClient(port).signIn("coordinator", "demo");
    String page = coordinator.get("/plans/versions/" + id).body();
    var fields = new ArrayList<>(EditorFields.of("Terv_2026", SeedPlans.lutskProgramme()));
    fields.add(Map.entry("ai.content", "Грантова діяльність"));
    fields.add(Map.entry("ai.place", "Центральна бібліотека"));
    fields.add(Map.entry("ai.expectedResult", ""));
    fields.add(Map.entry("ai.responsible", ""));
    fields.add(Map.entry("ai.deadline", "наступного тижня"));
    fields.add(Map.entry("tg.tier", ""));
    fields.add(Map.entry("tg.name", ""));
    fields.add(Map.entry("tg.message", "Без назви"));
    fields.add(Map.entry("tg.channels", ""));

    var response =
        coordinator.postForm("/plans/versions/" + id, EditorFields.withCsrf(page, fields));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body())
        .contains("Not saved")
        .contains("Not a date (YYYY-MM-DD): наступного тижня")
        .contains("Target group 1 – Name: Required")
        .contains("Без назви")
        .contains("наступного тижня");
    assertThat(plans.version(id).content())
        .as("nothing half-written")
        .isEqualTo(PlanContent.empty());
  }

  @Test
  void overLongTextIsRefused() {
    long id = newDraft("EDIT-3");
    WebClient coordinator = new WebClient(port).signIn("coordinator", "demo");
    String page = coordinator.get("/plans/versions/" + id).body();
    var content = SeedPlans.kulsoKommunikacio();
    var tooLong =
        new PlanContent(
            "x".repeat(4001),
            content.strategicGoals(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            "");

    var response =
        coordinator.postForm(
            "/plans/versions/" + id, EditorFields.withCsrf(page, EditorFields.of("Terv", tooLong)));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains("Starting point: At most 4000 characters (now 4001)");
    assertThat(plans.version(id).content()).isEqualTo(PlanContent.empty());
  }

  @Test
  void onlyTheCoordinatorEdits() {
    long id = newDraft("EDIT-4");
    for (String user : List.of("director", "anna", "auditor")) {
      WebClient other = new WebClient(port).signIn(user, "demo");
      String page = other.get("/plans/versions/" + id).body();
      assertThat(page)
          .as(user + " reads")
          .contains("read-only-notice")
          .doesNotContain("id=\"save\"");
      var response =
          other.postForm(
              "/plans/versions/" + id,
              EditorFields.withCsrf(page, EditorFields.of("Terv", SeedPlans.kulsoKommunikacio())));
      assertThat(response.statusCode()).as(user + " may not save").isEqualTo(403);
    }
    assertThat(new WebClient(port).get("/plans/versions/" + id).statusCode())
        .as("signed out")
        .isEqualTo(302);
    assertThat(plans.version(id).content()).isEqualTo(PlanContent.empty());
  }

  @Test
  void aSaveWithoutTheCsrfTokenIsRefused() {
    long id = newDraft("EDIT-5");
    WebClient coordinator = new WebClient(port).signIn("coordinator", "demo");
    var response =
        coordinator.postForm(
            "/plans/versions/" + id, EditorFields.of("Terv", SeedPlans.kulsoKommunikacio()));
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(plans.version(id).content()).isEqualTo(PlanContent.empty());
  }

  @Test
  void anApprovedVersionOpensReadOnlyAndCannotBeChanged() {
    ProcessInstance pi =
        driver.startNewPlan("coordinator", "EDIT-6", "Terv", "COMMUNICATION_PLAN", "hu");
    long id = driver.versionId(pi);
    driver.writeContent(pi, SeedPlans.kulsoKommunikacio());
    driver.draft(pi, List.of(), LocalDate.of(2026, 10, 5));
    driver.consolidate(pi);
    driver.decide(pi, "APPROVE", null, LocalDate.of(2026, 11, 1));
    assertThat(plans.version(id).status()).isEqualTo(VersionStatus.APPROVED);

    WebClient coordinator = new WebClient(port).signIn("coordinator", "demo");
    String page = coordinator.get("/plans/versions/" + id).body();
    assertThat(page)
        .contains("this version is “Approved” and can no longer change")
        .doesNotContain("id=\"save\"");

    var changed = new ArrayList<>(EditorFields.of("Más", SeedPlans.lutskProgramme()));
    var response =
        coordinator.postForm("/plans/versions/" + id, EditorFields.withCsrf(page, changed));
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains("can no longer change");
    assertThat(plans.version(id).content()).isEqualTo(SeedPlans.kulsoKommunikacio());
  }
}
