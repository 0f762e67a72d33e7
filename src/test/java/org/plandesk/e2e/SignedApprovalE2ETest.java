package org.plandesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.plandesk.PlanDeskWebTest;
import org.plandesk.SeedPlans;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.VersionStatus;
import org.plandesk.plan.process.LifecycleDriver;
import org.plandesk.plan.process.PlanVersionProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 18, signed approval, in headless Chromium: the director opens the approval in the Tasklist,
 * reads what the signature means, types the password into a masked field (axe-clean), is refused
 * with a wrong one (the task stays open) and signs with the right one; the manifest is recorded.
 */
@PlanDeskWebTest
class SignedApprovalE2ETest {

  @RegisterExtension static final StoryBrowser story = new StoryBrowser();

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired PlanService plans;
  @Autowired IdentityService identity;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void forgetTheLanguage() {
    identity.deleteUserInfo("director", "language");
  }

  @Test
  void theDirectorSignsTheApprovalWithTheirPasswordInAMaskedField() {
    ClockUtil.reset();
    identity.setUserInfo("director", "language", "en");
    LocalDate today = LocalDate.now();
    LifecycleDriver lifecycle = new LifecycleDriver(engine, plans);
    String code = "SIGNED-" + System.nanoTime() % 100000;
    ProcessInstance plan =
        lifecycle.startNewPlan(
            "coordinator", code, "Communication plan 2027", "COMMUNICATION_PLAN", "en");
    long versionId = lifecycle.versionId(plan);
    lifecycle.writeContent(plan, SeedPlans.kulsoKommunikacio());
    lifecycle.draft(plan, List.of(), today.plusDays(3));
    lifecycle.consolidate(plan);
    Task approve = lifecycle.task(plan, PlanVersionProcess.APPROVE_VERSION);

    Browser browser = story.at("http://localhost:" + port);
    Tasklist tasklist = new Tasklist(browser, engine.getName());
    tasklist.signIn("director");
    tasklist.openFilter("Director tasks");
    tasklist.openTask("Approve the plan version", approve.getId());
    tasklist.claim("Mikolasek Zsófia");

    assertThat(tasklist.formText())
        .contains("Your electronic signature.")
        .contains("approved, changes requested or rejected")
        .contains("SHA-256");
    WebElement password = browser.visible(By.cssSelector(Tasklist.PASSWORD_FIELD));
    browser.until(
        "the password field is masked (plandesk-signing.js)",
        d -> "password".equals(password.getAttribute("type")));
    assertThat(password.getAttribute("autocomplete")).isEqualTo("current-password");
    List<Axe.Violation> violations = Axe.check(browser);
    assertThat(violations).as(Axe.describe(violations)).isEmpty();

    tasklist.tick("Approve");
    tasklist.date("Effective date", today.plusDays(14));
    tasklist.type("Password (to sign)", "not my password");
    assertThat(tasklist.completeRefused())
        .contains("The password is not correct: nothing was signed or decided.");
    assertThat(lifecycle.tasks(plan, PlanVersionProcess.APPROVE_VERSION)).hasSize(1);
    assertThat(plans.version(versionId).status()).isEqualTo(VersionStatus.IN_APPROVAL);

    tasklist.closeNotifications();
    tasklist.type("Password (to sign)", "demo");
    tasklist.complete();
    browser.until(
        "the version is approved",
        d -> plans.version(versionId).status() == VersionStatus.APPROVED);
    assertThat(
            jdbc.sql(
                    "SELECT signer_id FROM signature_manifest WHERE subject_kind = 'PLAN_VERSION'"
                        + " AND subject_id = ? AND meaning = 'APPROVED'")
                .param(versionId)
                .query(String.class)
                .list())
        .containsExactly("director");
  }
}
