package org.plandesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.plandesk.PlanDeskWebTest;
import org.plandesk.plan.PlanLanguage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 21 in Camunda's Tasklist (headless Chromium): the start page with PlanDesk's filters, both
 * start forms and every task form PlanDesk deploys, in English, Hungarian and Ukrainian, have no
 * axe-core violation of WCAG 2.0/2.1 A and AA, beyond the explicit list of what only Camunda can
 * fix ({@link CamundaOnly}, printed with every run and named in the accessibility statement).
 * PlanDesk's fixes are its Tasklist customisation ({@code app/plandesk/plandesk-a11y.js} and the
 * Tasklist's {@code user-styles.css}).
 */
@PlanDeskWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TasklistAccessibilityE2ETest {

  private static final String USER = "coordinator";
  private static final Map<String, String> START_FORMS =
      Map.of(
          "start-plan-version", "Plan version lifecycle",
          "start-grant-request", "Grant or fundraising request");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired IdentityService identity;

  private Browser browser;
  private Tasklist tasklist;
  private FormGallery gallery;

  /** What was checked ("language view") and what the exclusions left out, to print at the end. */
  private final List<String> checked = new ArrayList<>();

  private final List<String> excluded = new ArrayList<>();

  @BeforeAll
  void open() {
    gallery = new FormGallery(engine, USER);
    browser = new Browser();
    browser.base = "http://localhost:" + port;
    browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
    tasklist = new Tasklist(browser, engine.getName());
  }

  @AfterAll
  void close() {
    identity.deleteUserInfo(USER, "language");
    if (gallery != null) {
      gallery.close();
    }
    if (browser != null) {
      browser.close();
    }
    System.out.println(
        "a11y: axe-core checked "
            + checked.size()
            + " Tasklist views:\n  "
            + String.join("\n  ", checked)
            + "\na11y: left to Camunda (CamundaOnly, see the accessibility statement):\n  "
            + CamundaOnly.describe()
            + "\na11y: of which found in this run:\n  "
            + String.join("\n  ", excluded.stream().distinct().toList()));
  }

  @ParameterizedTest(name = "the Tasklist and every PlanDesk form in {0}: no axe violation")
  @EnumSource(
      value = PlanLanguage.class,
      names = {"en", "hu", "uk"})
  void theTasklistAndEveryFormPassAxe(PlanLanguage language) {
    identity.setUserInfo(USER, "language", language.name());
    Map<String, String> tasks = new LinkedHashMap<>();
    FormGallery.TASK_FORMS.forEach(form -> tasks.put(form, gallery.task(form, language, USER)));
    Map<String, String> problems = new LinkedHashMap<>();

    tasklist.signIn(USER);
    browser.until(
        "the Tasklist in " + language,
        d -> language.name().equals(browser.js("return document.documentElement.lang;")));
    check(problems, language, "start page with PlanDesk's filters");

    START_FORMS.forEach(
        (form, process) -> {
          tasklist.openStartForm(process);
          check(problems, language, "start form " + form);
          tasklist.reopen();
        });
    tasks.forEach(
        (form, taskId) -> {
          tasklist.openTask(taskId);
          check(problems, language, "task form " + form);
        });

    assertThat(problems)
        .as("Tasklist views in %s with accessibility problems (rule, impact, elements)", language)
        .isEmpty();
  }

  private void check(Map<String, String> problems, PlanLanguage language, String view) {
    List<Axe.Violation> found = Axe.check(browser);
    List<Axe.Violation> ours = CamundaOnly.without(found);
    found.stream()
        .flatMap(v -> v.targets().stream().map(t -> v.id() + " at " + t))
        .filter(
            t ->
                ours.stream()
                    .noneMatch(
                        o ->
                            t.startsWith(o.id() + " at ")
                                && o.targets().contains(t.substring(o.id().length() + 4))))
        .forEach(excluded::add);
    checked.add(language + " " + view);
    if (!ours.isEmpty()) {
      browser.dump(
          StoryBrowser.ARTIFACTS.resolve("a11y-tasklist"), language + "-" + view.replace(' ', '-'));
      problems.put(view, Axe.describe(ours));
    }
  }
}
