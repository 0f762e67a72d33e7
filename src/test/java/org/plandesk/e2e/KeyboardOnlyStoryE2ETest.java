package org.plandesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.plandesk.PlanDeskWebTest;
import org.plandesk.SeedPlans;
import org.plandesk.plan.DepartmentInput;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.VersionStatus;
import org.plandesk.plan.process.LifecycleDriver;
import org.plandesk.plan.process.PlanVersionProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 21: a department gives its input and the director approves the version with the keyboard
 * alone, in headless Chromium: sign-in, the Tasklist's filters, its task list, claiming, the
 * Camunda Form and Complete, signing out, all with Tab, Shift+Tab, Enter, Space and the arrow keys
 * (Selenium key presses; nothing is clicked). Each step asserts where the focus is, as a keyboard
 * user sees it, and that the focused control shows a focus ring of at least 2 px with 3:1 contrast
 * against its background (WCAG 2.4.7, 1.4.11; PlanDesk's {@code plandesk-a11y.css}).
 *
 * <p>The plan is started, written and sent for input through the engine (the coordinator's keyboard
 * work in the plan editor is {@code AccessibilityE2ETest}'s), and so is the coordinator's
 * consolidation between the two people's steps.
 */
@PlanDeskWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("Keyboard only: a department gives its input and the director approves")
class KeyboardOnlyStoryE2ETest {

  private static final DateTimeFormatter PICKER_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
  private static final String COMMENTS = "We will send the newsletter every month.";
  private static final String ACTIONS = "A monthly newsletter for readers";

  /** Enough Tab presses to cross the whole Tasklist; a control not reached by then is a failure. */
  private static final int MAX_TABS = 150;

  @RegisterExtension static final StoryBrowser story = new StoryBrowser();

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired PlanService plans;
  @Autowired IdentityService identity;

  private Browser browser;
  private LifecycleDriver lifecycle;
  private ProcessInstance plan;
  private long versionId;
  private final LocalDate today = LocalDate.now();
  private final String code = "KEYS-" + System.nanoTime() % 100000;

  /** How many key presses each step took, printed at the end. */
  private final List<String> steps = new ArrayList<>();

  @BeforeAll
  void aDraftAskingTheLendingDepartmentForInput() {
    ClockUtil.reset();
    List.of("anna", "director").forEach(u -> identity.setUserInfo(u, "language", "en"));
    lifecycle = new LifecycleDriver(engine, plans);
    plan =
        lifecycle.startNewPlan(
            "coordinator", code, "Communication plan 2027", "COMMUNICATION_PLAN", "en");
    versionId = lifecycle.versionId(plan);
    lifecycle.writeContent(plan, SeedPlans.kulsoKommunikacio());
    lifecycle.draft(plan, List.of("lending"), today.plusDays(7));
    browser = story.at("http://localhost:" + port);
  }

  @AfterAll
  void forgetTheLanguages() {
    List.of("anna", "director").forEach(u -> identity.deleteUserInfo(u, "language"));
    System.out.println("keyboard: " + String.join("\n  ", steps));
  }

  @Test
  @Order(1)
  @DisplayName("1. Anna signs in with the keyboard")
  void annaSignsIn() {
    browser.get("/camunda/app/tasklist/" + engine.getName() + "/");
    signIn("anna");
  }

  @Test
  @Order(2)
  @DisplayName("2. Anna finds the task, claims it, fills the form and completes it")
  void annaGivesHerDepartmentsInput() {
    WebElement filter =
        tabTo("the filter of Anna's department", isFilter("Lending and reader services tasks"));
    assertFocusRing();
    press(Keys.ENTER);
    browser.until(
        "the department's filter is the active one",
        d ->
            d.findElement(By.cssSelector(".task-filter.active h4.name a"))
                .getText()
                .startsWith("Lending and reader services tasks"));

    WebElement task = tabTo("the task in the list", isTaskLink("Give departmental input"));
    assertFocusRing();
    press(Keys.ENTER);
    openWithArrowKeys(lifecycle.departmentTask(plan, "lending").getId());

    tabTo("Claim", is("button.claim"));
    assertFocusRing();
    press(Keys.ENTER);
    browser.until(
        "the task is Anna's",
        d ->
            d.findElement(By.cssSelector("section.task-card li.assignee"))
                .getText()
                .contains("Anna Lindqvist"));
    browser.until(
        "the form is editable",
        d -> d.findElements(By.cssSelector("section.task-card .disabled-form")).isEmpty());

    WebElement comments = tabTo("the field Comments", isField("Comments"));
    assertFocusRing();
    type(COMMENTS);
    press(Keys.TAB);
    assertThat(label(focused())).isEqualTo("Proposed actions");
    type(ACTIONS);
    shiftTab();
    assertThat(label(focused())).as("Shift+Tab goes back to Comments").isEqualTo("Comments");
    assertThat(focused().getAttribute("value")).isEqualTo(COMMENTS);
    press(Keys.TAB, Keys.TAB);
    WebElement vote = focused();
    assertThat(vote.getAttribute("type")).as("the first vote").isEqualTo("checkbox");
    String group = SeedPlans.kulsoKommunikacio().targetGroups().get(0).name();
    assertThat(optionLabel(vote)).startsWith(group);
    assertFocusRing();
    press(Keys.SPACE);
    assertThat(focused().isSelected()).as("Space ticks the vote").isTrue();

    tabTo("Complete", isCompleteButton());
    assertFocusRing();
    press(Keys.ENTER);
    browser.until(
        "the input is recorded",
        d ->
            plans.inputs(versionId).stream()
                .anyMatch(i -> i.status() == DepartmentInput.Status.GIVEN));
    assertThat(plans.inputs(versionId))
        .singleElement()
        .satisfies(i -> assertThat(i.comments()).isEqualTo(COMMENTS))
        .satisfies(i -> assertThat(i.proposedActions()).isEqualTo(ACTIONS));
    assertThat(filter).isNotNull();
    assertThat(task).isNotNull();
    assertThat(comments).isNotNull();
  }

  @Test
  @Order(3)
  @DisplayName("3. Anna signs out and the director signs in, with the keyboard")
  void annaSignsOutAndTheDirectorSignsIn() {
    lifecycle.consolidate(plan);
    tabTo("Anna's account menu", is("li.account a.dropdown-toggle"));
    press(Keys.ENTER);
    tabTo("Log out", is("li.account li.logout a"));
    press(Keys.ENTER);
    browser.until("PlanDesk's sign-in page", d -> browser.path().startsWith("/login"));
    signIn("director");
  }

  @Test
  @Order(4)
  @DisplayName("4. The director approves the version: radio buttons by arrow keys, a date typed")
  void theDirectorApproves() {
    tabTo("the director's filter", isFilter("Director tasks"));
    press(Keys.ENTER);
    tabTo("the task in the list", isTaskLink("Approve the plan version"));
    press(Keys.ENTER);
    openWithArrowKeys(lifecycle.task(plan, PlanVersionProcess.APPROVE_VERSION).getId());
    tabTo("Claim", is("button.claim"));
    press(Keys.ENTER);
    browser.until(
        "the form is editable",
        d ->
            d.findElements(By.cssSelector("section.task-card button.claim")).isEmpty()
                && d.findElements(By.cssSelector("section.task-card .disabled-form")).isEmpty());

    WebElement approve = tabTo("the decision", el -> "radio".equals(el.getAttribute("type")));
    assertThat(optionLabel(approve)).isEqualTo("Approve");
    assertFocusRing();
    press(Keys.ARROW_DOWN);
    assertThat(optionLabel(focused())).isEqualTo("Request changes");
    assertThat(focused().isSelected()).as("an arrow key chooses the option it moves to").isTrue();
    press(Keys.ARROW_UP);
    assertThat(optionLabel(focused())).isEqualTo("Approve");
    assertThat(focused().isSelected()).isTrue();

    press(Keys.TAB);
    assertThat(label(focused()))
        .as("the options are one radio group (plandesk-a11y.js): Tab leaves it for the comment")
        .startsWith("Comment");
    press(Keys.TAB);
    assertThat(label(focused())).isEqualTo("Effective date");
    assertFocusRing();
    LocalDate effective = today.plusDays(14);
    type(effective.format(PICKER_DATE));
    press(Keys.ENTER);
    String shown =
        effective.getMonthValue() + "/" + effective.getDayOfMonth() + "/" + effective.getYear();
    browser.until(
        "the date field shows " + shown, d -> shown.equals(focusedOrField("Effective date")));

    WebElement password =
        tabTo("the password that signs", el -> "password".equals(el.getAttribute("type")));
    assertThat(label(password)).isEqualTo("Password (to sign)");
    assertFocusRing();
    type("demo");

    tabTo("Complete", isCompleteButton());
    assertFocusRing();
    press(Keys.ENTER);
    browser.until(
        "the version is approved",
        d -> plans.version(versionId).status() == VersionStatus.APPROVED);
    assertThat(lifecycle.tasks(plan, PlanVersionProcess.APPROVE_VERSION)).isEmpty();
  }

  // ---- Signing in ---------------------------------------------------------------------------

  /**
   * On PlanDesk's sign-in page focus starts in the user name (autofocus); Tab moves to the password
   * and on to "Sign in", which Enter presses. A form that comes back empty (see {@link
   * Tasklist#signIn}) is filled once more, the same way.
   */
  private void signIn(String user) {
    browser.until("PlanDesk's sign-in page", d -> browser.path().startsWith("/login"));
    for (int attempt = 1; ; attempt++) {
      browser.until("focus in the user name", d -> "username".equals(focused().getAttribute("id")));
      type(user);
      press(Keys.TAB);
      assertThat(focused().getAttribute("id")).isEqualTo("password");
      type("demo");
      press(Keys.TAB);
      assertThat(focused().getAttribute("type")).isEqualTo("submit");
      assertFocusRing();
      press(Keys.ENTER);
      try {
        browser.until("signed in", d -> !browser.path().startsWith("/login"));
        break;
      } catch (org.openqa.selenium.TimeoutException emptyForm) {
        if (attempt == 2) {
          throw emptyForm;
        }
        System.out.println("keyboard: the sign-in form came back empty; signing in again");
      }
    }
    // On a very busy machine the Tasklist may stay blank (RequireJS gives up): it is loaded again,
    // as a person would press F5.
    new Tasklist(browser, engine.getName()).awaitFilters();
    steps.add(user + " signed in with 3 fields and Enter");
  }

  // ---- Keys and focus -----------------------------------------------------------------------

  private void press(CharSequence... keys) {
    Actions actions = new Actions(browser.driver);
    for (CharSequence key : keys) {
      actions.sendKeys(key);
    }
    actions.perform();
  }

  private void shiftTab() {
    new Actions(browser.driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
  }

  private void type(String text) {
    new Actions(browser.driver).sendKeys(text).perform();
  }

  private WebElement focused() {
    return browser.driver.switchTo().activeElement();
  }

  /**
   * The task list's own keys: the Down arrow opens the next task and focuses its link. Other tests
   * may have left tasks of the same name in the list, so the arrow goes on until this one is open.
   */
  private void openWithArrowKeys(String taskId) {
    browser.until("a task is open", d -> d.getCurrentUrl().contains("task="));
    for (int i = 0; i < 30 && !browser.driver.getCurrentUrl().contains(taskId); i++) {
      String before = browser.driver.getCurrentUrl();
      press(Keys.ARROW_DOWN);
      browser.until("the next task is open", d -> !d.getCurrentUrl().equals(before));
    }
    assertThat(browser.driver.getCurrentUrl()).contains("task=" + taskId);
    assertThat(focused().getAttribute("href")).as("focus on the open task's link").contains(taskId);
    steps.add("the task opened with Enter (and the Down arrow)");
  }

  /** Presses Tab until the focus is on the control; fails naming where focus went instead. */
  private WebElement tabTo(String what, Predicate<WebElement> target) {
    List<String> passed = new ArrayList<>();
    for (int tabs = 1; tabs <= MAX_TABS; tabs++) {
      press(Keys.TAB);
      WebElement now = focused();
      boolean reached;
      try {
        reached = target.test(now);
      } catch (WebDriverException gone) {
        reached = false;
      }
      if (reached) {
        steps.add(what + ": " + tabs + " Tab(s)");
        return now;
      }
      passed.add(Browser.describe(now));
    }
    throw new AssertionError(
        what + " not reached with " + MAX_TABS + " Tabs; focus went: " + String.join(", ", passed));
  }

  private Predicate<WebElement> is(String css) {
    return el ->
        Boolean.TRUE.equals(browser.js("return arguments[0].matches(arguments[1]);", el, css));
  }

  private Predicate<WebElement> isFilter(String name) {
    return el ->
        is(".task-filter h4.name a").test(el)
            && el.getText().replaceAll("\\s*\\(?\\d+\\)?$", "").strip().equals(name);
  }

  private Predicate<WebElement> isTaskLink(String name) {
    return el ->
        is("ol.tasks-list li.task h4.task a").test(el) && el.getText().strip().equals(name);
  }

  private Predicate<WebElement> isField(String label) {
    return el -> label.equals(label(el));
  }

  private Predicate<WebElement> isCompleteButton() {
    return el ->
        is("section.task-card .form-actions button").test(el)
            && el.getText().strip().equals("Complete");
  }

  /** The text of the label tied to a form field ({@code <label for>}), without the "*". */
  private String label(WebElement field) {
    Object text =
        browser.js(
            "const l = arguments[0].id && document.querySelector('label[for=\"' + arguments[0].id + '\"]');"
                + " return l ? l.textContent.replace('*', '').trim() : null;",
            field);
    return text == null ? null : text.toString();
  }

  /** The label around a radio button or checkbox of a form-js group. */
  private String optionLabel(WebElement input) {
    return String.valueOf(
        browser.js("return arguments[0].closest('label').textContent.trim();", input));
  }

  private String focusedOrField(String label) {
    return browser
        .driver
        .findElement(
            By.xpath(
                "//section[contains(@class,'task-card')]//label[normalize-space(translate(.,'*',''))="
                    + Browser.literal(label)
                    + "]"))
        .getAttribute("for")
        .transform(id -> browser.driver.findElement(By.id(id)).getAttribute("value"));
  }

  /**
   * The focused control shows an outline of at least 2 px whose colour has at least 3:1 contrast
   * with the nearest opaque background behind it.
   */
  private void assertFocusRing() {
    @SuppressWarnings("unchecked")
    List<Object> ring =
        (List<Object>)
            browser.js(
                """
                const el = document.activeElement;
                const s = getComputedStyle(el);
                let bg = 'rgb(255, 255, 255)';
                for (let e = el.parentElement; e; e = e.parentElement) {
                  const c = getComputedStyle(e).backgroundColor;
                  if (c && c !== 'transparent' && !c.startsWith('rgba(0, 0, 0, 0)')) { bg = c; break; }
                }
                return [s.outlineStyle, parseFloat(s.outlineWidth), s.outlineColor, bg];""");
    String where = Browser.describe(focused());
    assertThat(ring.get(0)).as("outline style of %s", where).isNotEqualTo("none");
    assertThat(((Number) ring.get(1)).doubleValue())
        .as("outline width of %s", where)
        .isGreaterThanOrEqualTo(2);
    double contrast = contrast(ring.get(2).toString(), ring.get(3).toString());
    assertThat(contrast)
        .as("contrast of the focus ring %s against %s at %s", ring.get(2), ring.get(3), where)
        .isGreaterThanOrEqualTo(3.0);
  }

  /** WCAG's contrast ratio of two CSS colours written {@code rgb(r, g, b)} or {@code rgba(...)}. */
  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String css) {
    String[] parts = css.replaceAll("[^0-9.,]", "").split(",");
    double[] channels = new double[3];
    for (int i = 0; i < 3; i++) {
      double c = Double.parseDouble(parts[i]) / 255;
      channels[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
  }
}
