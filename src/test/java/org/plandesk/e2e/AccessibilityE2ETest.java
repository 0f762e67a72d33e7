package org.plandesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.plandesk.PlanDeskWebTest;
import org.plandesk.SeedPlans;
import org.plandesk.plan.PlanContent;
import org.plandesk.plan.PlanLanguage;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.process.LifecycleDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 21 in the browser: every PlanDesk page, for every role and in each of the six languages,
 * has no axe-core violation of WCAG 2.0/2.1 A and AA, says its language in {@code <html lang>}, and
 * needs no horizontal scrolling at 320 CSS pixels; the plan editor's lists work with the keyboard
 * alone, with names that say what each button acts on and focus where a person expects it; a
 * refused save names its problems at the top, each tied to its field; a save is confirmed in a live
 * region.
 *
 * <p>The pages show a plan with a version in force (its document, its integrity check) and a draft
 * with one department's input and votes and one department's silence at the deadline, the
 * comparison of the two versions, the audit trail, an error page, and for the administrator the
 * mails needing attention (one failed, one unconfirmed) and the libraries of the network (also with
 * a refused library). Every role chooses its language with the switch in the page header, as a
 * person would; the sign-in page takes it before signing in.
 */
@PlanDeskWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessibilityE2ETest {

  private static final LocalDate DAY = LocalDate.of(2026, 10, 1);
  private static final List<String> DEMO_USERS =
      List.of("coordinator", "director", "auditor", "anna", "admin");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired PlanService plans;
  @Autowired IdentityService identity;
  @Autowired JdbcClient jdbc;

  private Browser browser;
  private String code;
  private long inForceId;
  private long draftId;
  private final List<Long> mails = new ArrayList<>();

  /** What was checked: "language role page" for each page, to print at the end. */
  private final List<String> checked = new ArrayList<>();

  @BeforeAll
  void aPlanInForceWithADraftAndMailsNeedingAttention() {
    LifecycleDriver driver = new LifecycleDriver(engine, plans);
    driver.reachDay(DAY);
    code = "A11Y-" + System.nanoTime() % 100000;
    ProcessInstance first =
        driver.startNewPlan(
            "coordinator", code, SeedPlans.KULSO_KOMM_TITLE, "COMMUNICATION_PLAN", "hu");
    inForceId = driver.versionId(first);
    driver.writeContent(first, SeedPlans.kulsoKommunikacio());
    driver.draft(first, List.of(), DAY.plusDays(1));
    driver.consolidate(first);
    driver.decide(first, "APPROVE", null, DAY.plusDays(2));
    driver.reachDay(DAY.plusDays(2));

    ProcessInstance second = driver.startNewVersion("coordinator", code);
    draftId = driver.versionId(second);
    PlanContent seed = SeedPlans.kulsoKommunikacio();
    driver.writeContent(
        second,
        new PlanContent(
            seed.startingPoint(),
            seed.strategicGoals().subList(0, 4),
            seed.communicationGoals(),
            seed.targetGroups(),
            SeedPlans.lutskProgramme().actionItems().subList(0, 1),
            SeedPlans.lutskProgramme().monitoringInstruments(),
            SeedPlans.lutskProgramme().indicators(),
            "A közösségi média előrébb került."));
    driver.draft(second, List.of("lending", "events"), DAY.plusDays(5));
    driver.giveInput(
        "anna", second, "lending", "Havi hírlevél", List.of(seed.targetGroups().get(0).name()));
    driver.reachDay(DAY.plusDays(6));
    ClockUtil.reset();

    mails.add(mail("FAILED", "Connection refused: smtp.library.example:587", null));
    mails.add(mail("UNCONFIRMED", null, "<plandesk.a11y@library.example>"));

    browser = new Browser();
    browser.base = "http://localhost:" + port;
    browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
  }

  @AfterAll
  void putThingsBack() {
    ClockUtil.reset();
    DEMO_USERS.forEach(u -> identity.deleteUserInfo(u, "language"));
    mails.forEach(id -> jdbc.sql("DELETE FROM mail_outbox WHERE id = ?").param(id).update());
    if (browser != null) {
      browser.close();
    }
    System.out.println(
        "a11y: axe-core checked "
            + checked.size()
            + " page views:\n  "
            + String.join("\n  ", checked));
  }

  // ---- Every page, every role, every language ------------------------------------------------

  @ParameterizedTest(name = "every page in {0} for every role: no axe violation, its lang, reflow")
  @EnumSource(PlanLanguage.class)
  @Order(1)
  void everyPageForEveryRoleInEveryLanguage(PlanLanguage language) {
    Map<String, String> problems = new LinkedHashMap<>();
    String lang = language.name();

    browser.get("/login");
    browser.driver.manage().deleteAllCookies();
    browser.get("/login");
    choose(language);
    check(problems, lang, "anonymous", "/login");
    check(problems, lang, "anonymous", "/login?error");
    check(problems, lang, "anonymous", "/accessibility");

    String plan = "/plans/" + URLEncoder.encode(code, StandardCharsets.UTF_8).replace("+", "%20");
    for (String user : DEMO_USERS) {
      signIn(user);
      browser.get("/plans");
      choose(language);
      assertThat(identity.getUserInfo(user, "language"))
          .as("the switch stores %s's own language", user)
          .isEqualTo(lang);
      List<String> pages = new ArrayList<>();
      pages.add("/plans");
      pages.add("/plans?q=" + code.toLowerCase() + "&status=DRAFT&sort=title&dir=desc");
      pages.add(plan);
      pages.add("/plans/versions/" + draftId);
      pages.add("/plans/versions/" + inForceId);
      pages.add(plan + "/compare?from=" + inForceId + "&to=" + draftId);
      pages.add(plan + "/audit"); // a department gets the error page (403)
      pages.add("/plans/NO-SUCH-PLAN");
      pages.add("/profile");
      pages.add("/accessibility");
      // Read and acknowledge: the button for those asked, "not asked" for the administrator.
      pages.add("/acknowledge/" + inForceId);
      if (!user.equals("anna")) {
        pages.add("/plans/versions/" + inForceId + "/integrity");
      }
      if (user.equals("admin")) {
        pages.add("/admin/mails");
        pages.add("/admin/libraries");
      }
      for (String page : pages) {
        check(problems, lang, user, page);
      }
      if (user.equals("admin")) {
        refusedLibrary(problems, lang);
      }
      if (user.equals("coordinator")) {
        refusedSave(problems, lang);
      }
      signOut();
    }
    assertThat(problems)
        .as("pages in %s with accessibility problems (rule, impact, elements)", language)
        .isEmpty();
  }

  /** A save the editor refuses: the page with its problems passes axe too. */
  private void refusedSave(Map<String, String> problems, String lang) {
    browser.get("/plans/versions/" + draftId);
    WebElement deadline = browser.visible(By.id("ai-0-deadline"));
    browser.type(deadline, "soon");
    browser.click(By.id("save"));
    browser.until("the refused save", d -> !d.findElements(By.id("problems")).isEmpty());
    record(problems, lang, "coordinator", "/plans/versions/" + draftId + " (refused save)");
  }

  /** A library the administrator's page refuses: the page with its problems passes axe too. */
  private void refusedLibrary(Map<String, String> problems, String lang) {
    browser.get("/admin/libraries");
    browser.type(browser.visible(By.id("library-code")), "1");
    browser.click(By.id("add-library-button"));
    browser.until("the refused library", d -> !d.findElements(By.id("library-problems")).isEmpty());
    record(problems, lang, "admin", "/admin/libraries (refused library)");
  }

  // ---- The editor by keyboard ---------------------------------------------------------------

  @Test
  @Order(2)
  void theEditorsListsWorkWithTheKeyboardAloneAndSayWhatTheyDo() {
    browser.get("/login");
    browser.driver.manage().deleteAllCookies();
    signIn("coordinator");
    browser.get("/plans");
    choose(PlanLanguage.en);
    browser.get("/plans/versions/" + draftId);
    browser.visible(By.id("plan-editor"));
    List<String> goals = values("strategicGoal");
    assertThat(goals).hasSize(4);

    // The first Tab reaches the skip link, and Enter takes focus to the page's content.
    keys(Keys.TAB);
    assertThat(focused().getText()).isEqualTo("Skip to content");
    assertVisibleFocus();
    keys(Keys.ENTER);
    browser.until("focus in the main content", d -> "main".equals(focused().getAttribute("id")));

    // From the second goal's text, Tab reaches its first button: it says what it moves.
    browser.js("document.getElementById('strategicGoal-1').focus();");
    keys(Keys.TAB);
    assertThat(name(focused())).isEqualTo("Move strategic goal 2 up");
    assertVisibleFocus();
    keys(Keys.ENTER);
    assertThat(values("strategicGoal"))
        .containsExactly(goals.get(1), goals.get(0), goals.get(2), goals.get(3));
    assertThat(name(focused()))
        .as("focus stays on the button, which now names the goal's new place")
        .isEqualTo("Move strategic goal 1 up");
    awaitAnnouncement("Moved to place 1 of 4.");

    keys(Keys.TAB);
    assertThat(name(focused())).isEqualTo("Move strategic goal 1 down");
    keys(Keys.ENTER);
    assertThat(values("strategicGoal")).containsExactlyElementsOf(goals);
    assertThat(name(focused())).isEqualTo("Move strategic goal 2 down");

    // Remove: focus goes to the same button of the row that took its place.
    keys(Keys.TAB);
    assertThat(name(focused())).isEqualTo("Remove strategic goal 2");
    keys(Keys.ENTER);
    assertThat(values("strategicGoal")).containsExactly(goals.get(0), goals.get(2), goals.get(3));
    assertThat(name(focused())).isEqualTo("Remove strategic goal 2");
    awaitAnnouncement("Removed: Strategic goal 2.");

    // Add: Tab on to "Add strategic goal"; Enter adds a row and focus is in its labelled field.
    for (int i = 0; i < 20 && !"strategicGoal".equals(focused().getAttribute("data-add")); i++) {
      keys(Keys.TAB);
    }
    assertThat(focused().getText()).isEqualTo("Add strategic goal");
    keys(Keys.ENTER);
    WebElement field = focused();
    assertThat(field.getTagName()).isEqualTo("textarea");
    assertThat(label(field)).isEqualTo("Strategic goal 4");
    awaitAnnouncement("Added: Strategic goal 4.");
    new Actions(browser.driver).sendKeys("Olvasásnépszerűsítés").perform();
    assertThat(values("strategicGoal"))
        .containsExactly(goals.get(0), goals.get(2), goals.get(3), "Olvasásnépszerűsítés");

    // Shift+Tab goes back to the previous row's last button: no trap.
    new Actions(browser.driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    assertThat(name(focused())).isEqualTo("Remove strategic goal 3");
  }

  @Test
  @Order(3)
  void aRefusedSaveNamesItsProblemsAtTheTopTiedToTheirFieldsAndASaveIsAnnounced() {
    browser.get("/login");
    browser.driver.manage().deleteAllCookies();
    signIn("coordinator");
    browser.get("/plans");
    choose(PlanLanguage.en);
    browser.get("/plans/versions/" + draftId);
    browser.type(browser.visible(By.id("ai-0-deadline")), "next week");
    browser.visible(By.id("save")).sendKeys(Keys.ENTER);
    browser.until("the refused save", d -> !d.findElements(By.id("problems")).isEmpty());

    WebElement summary = browser.visible(By.id("problems"));
    assertThat(summary.getAttribute("role")).isEqualTo("alert");
    assertThat(focused().getAttribute("id")).as("the summary takes focus").isEqualTo("problems");
    WebElement link = summary.findElement(By.cssSelector("a[href='#ai-0-deadline']"));
    assertThat(link.getText())
        .isEqualTo("Action item 1 – Deadline: Not a date (YYYY-MM-DD): next week");
    WebElement deadline = browser.driver.findElement(By.id("ai-0-deadline"));
    assertThat(deadline.getAttribute("aria-invalid")).isEqualTo("true");
    String describedBy = deadline.getAttribute("aria-describedby");
    assertThat(browser.driver.findElement(By.id(describedBy)).getText())
        .isEqualTo("Not a date (YYYY-MM-DD): next week");
    assertThat(deadline.getAttribute("value")).as("what was typed is kept").isEqualTo("next week");

    browser.type(deadline, "2027-03-31");
    browser.visible(By.id("save")).sendKeys(Keys.ENTER);
    WebElement saved = browser.visible(By.id("saved-notice"));
    assertThat(saved.getText()).isEqualTo("Saved.");
    assertThat(saved.getAttribute("role")).isEqualTo("status");
    awaitAnnouncement("Saved.");
  }

  // ---- Helpers -------------------------------------------------------------------------------

  /** Opens a page and records its problems: language, axe-core, 320 px reflow. */
  private void check(Map<String, String> problems, String lang, String user, String path) {
    browser.get(path);
    browser.until(
        "the page " + path,
        d ->
            "complete".equals(browser.js("return document.readyState;"))
                && !d.findElements(By.tagName("main")).isEmpty());
    record(problems, lang, user, path);
  }

  private void record(Map<String, String> problems, String lang, String user, String path) {
    String where = lang + " " + user + " " + path;
    checked.add(where);
    List<String> found = Axe.pageProblems(browser, lang);
    if (!found.isEmpty()) {
      problems.put(where, String.join("\n    ", found));
      browser.dump(
          StoryBrowser.ARTIFACTS.resolve("a11y"), (lang + "-" + user + "-" + checked.size()));
    }
  }

  /** Chooses a language with the switch in the page header, as a person does. */
  private void choose(PlanLanguage language) {
    WebElement page = browser.driver.findElement(By.tagName("html"));
    new Select(browser.visible(By.id("language-switch"))).selectByValue(language.name());
    browser.click(By.cssSelector("#language-form button[type='submit']"));
    // The page comes again (also when it was in that language already), then in the language.
    browser.until("the page again after the switch", d -> gone(page));
    browser.until(
        "the page in " + language,
        d -> language.name().equals(browser.js("return document.documentElement.lang;")));
  }

  /**
   * True once the element's page has been replaced. Chromium 156 may answer a question about an
   * element of a page that is being replaced with "does not belong to the document" rather than as
   * stale: both mean the page is gone.
   */
  private static boolean gone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException stale) {
      return true;
    } catch (WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  private void signIn(String user) {
    browser.get("/login");
    browser.signInAs(user, user.equals("admin") ? "admin" : "demo");
    browser.until("signed in as " + user, d -> !d.getCurrentUrl().contains("/login"));
  }

  private void signOut() {
    browser.get("/plans");
    browser.click(By.cssSelector("form.logout button[type='submit']"));
    browser.until("signed out", d -> d.getCurrentUrl().contains("/login"));
  }

  private long mail(String status, String lastError, String messageId) {
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.sql(
            "INSERT INTO mail_outbox (kind, status, recipient_user, recipient_address,"
                + " recipient_name, language, subject, body_text, body_html, version_id, attempts,"
                + " next_attempt_at, last_error, message_id, created_at, handed_at) VALUES"
                + " ('TASK_CREATED', ?, 'anna', 'anna@library.example', 'Anna Lindqvist', 'en', ?,"
                + " 'text', '<p>text</p>', ?, 3, ?, ?, ?, ?, ?)")
        .params(
            status,
            "To do: " + code,
            draftId,
            now,
            lastError,
            messageId,
            now,
            messageId == null ? null : now)
        .update();
    return jdbc.sql("SELECT MAX(id) FROM mail_outbox").query(Long.class).single();
  }

  private void keys(CharSequence key) {
    new Actions(browser.driver).sendKeys(key).perform();
  }

  private WebElement focused() {
    return browser.driver.switchTo().activeElement();
  }

  /** The accessible name Chromium computes for an element. */
  private static String name(WebElement element) {
    return element.getAccessibleName();
  }

  private String label(WebElement field) {
    return String.valueOf(
        browser.js(
            "return arguments[0].closest('label').querySelector('.row-name').textContent.trim();",
            field));
  }

  private List<String> values(String name) {
    return browser.all(By.cssSelector("#plan-editor [name='" + name + "']")).stream()
        .map(e -> e.getAttribute("value"))
        .toList();
  }

  private void awaitAnnouncement(String text) {
    browser.until(
        "the live region says '" + text + "'",
        d ->
            text.equals(d.findElement(By.id("editor-announcer")).getText().strip())
                || text.equals(
                    String.valueOf(
                            browser.js(
                                "return document.getElementById('editor-announcer').textContent;"))
                        .strip()));
  }

  /** The focused element shows a focus ring of at least 2 px (WCAG 2.4.7). */
  private void assertVisibleFocus() {
    Object ring =
        browser.js(
            "const s = getComputedStyle(document.activeElement);"
                + " return s.outlineStyle + ' ' + parseFloat(s.outlineWidth);");
    String[] parts = String.valueOf(ring).split(" ");
    assertThat(parts[0]).as("outline style of the focused element").isNotEqualTo("none");
    assertThat(Double.parseDouble(parts[1])).as("outline width").isGreaterThanOrEqualTo(2);
  }
}
