package org.plandesk.e2e;

import static org.plandesk.e2e.Browser.literal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.plandesk.plan.PlanContent.ActionItem;
import org.plandesk.plan.PlanContent.TargetGroup;

/**
 * PlanDesk's own pages: its sign-in form, the plan editor ({@code /plans/versions/{id}}) with its
 * repeated rows, the plan register ({@code /plans}) and a plan's page with its versions.
 */
final class PlanDeskPages {

  private final Browser b;

  PlanDeskPages(Browser browser) {
    this.b = browser;
  }

  // ---- Signing in ------------------------------------------------------------------------

  /** Signs out whoever was signed in (cookies gone), then signs in to PlanDesk's pages. */
  void signIn(String user) {
    b.get("/login");
    b.driver.manage().deleteAllCookies();
    b.get("/plans");
    signInIfAsked(user);
    b.until("the list of plans", d -> d.getCurrentUrl().contains("/plans"));
  }

  /** PlanDesk asks for its own sign-in the first time in a session; signs in then. */
  void signInIfAsked(String user) {
    b.until(
        "a PlanDesk page or its sign-in form",
        d ->
            d.getCurrentUrl().contains("/login")
                || !d.findElements(By.cssSelector("main")).isEmpty());
    if (b.path().startsWith("/login")) {
      b.signInAs(user, "demo");
      b.until("signed in to PlanDesk as " + user, d -> !d.getCurrentUrl().contains("/login"));
    }
  }

  /**
   * Signs out with the "Sign out" button of PlanDesk's page header and waits for the sign-in page.
   */
  void signOut() {
    b.click(By.cssSelector("form.logout button[type='submit']"));
    b.until("PlanDesk's sign-in page after signing out", d -> d.getCurrentUrl().contains("/login"));
  }

  void open(long versionId) {
    b.get("/plans/versions/" + versionId);
  }

  /** Waits for the editor of the version and checks it is that one. */
  void await(long versionId) {
    b.until(
        "the plan editor of version " + versionId,
        d ->
            d.getCurrentUrl().contains("/plans/versions/" + versionId)
                && !d.findElements(By.id("version-status")).isEmpty());
  }

  /** The version's status as PlanDesk keeps it (DRAFT, IN_FORCE, ...); the page names it. */
  String status() {
    return b.visible(By.id("version-status")).getAttribute("data-status");
  }

  boolean editable() {
    return b.isShown(By.id("save")) && !b.isShown(By.id("read-only-notice"));
  }

  Optional<String> shown(String id) {
    return b.all(By.id(id)).stream()
        .filter(WebElement::isDisplayed)
        .map(e -> e.getText().strip())
        .findFirst();
  }

  // ---- Fields and rows --------------------------------------------------------------------

  void set(String name, String text) {
    b.enter(b.driver.findElement(By.cssSelector("[name='" + name + "']")), text);
  }

  String value(String name) {
    return b.driver.findElement(By.cssSelector("[name='" + name + "']")).getAttribute("value");
  }

  /** The values of a repeated field in page order (e.g. every "tg.name"). */
  List<String> values(String name) {
    return b.all(By.cssSelector("#plan-editor [name='" + name + "']")).stream()
        .map(e -> e.getAttribute("value"))
        .collect(Collectors.toList());
  }

  List<WebElement> rows(String kind) {
    return b.all(By.cssSelector("ol[data-rows='" + kind + "'] > li.row"));
  }

  /** Clicks "Add ..." under a list of rows and returns the new, empty row. */
  WebElement addRow(String kind) {
    int before = rows(kind).size();
    b.click(By.cssSelector("button[data-add='" + kind + "']"));
    b.until("a new " + kind + " row", d -> rows(kind).size() == before + 1);
    List<WebElement> rows = rows(kind);
    return rows.get(rows.size() - 1);
  }

  void addGoal(String kind, String text) {
    WebElement row = addRow(kind);
    b.enter(row.findElement(By.tagName("textarea")), text);
  }

  WebElement addTargetGroup(TargetGroup group) {
    WebElement row = addRow("tg");
    new Select(row.findElement(By.name("tg.tier"))).selectByValue(group.tier().name());
    b.enter(row.findElement(By.name("tg.name")), group.name());
    b.enter(row.findElement(By.name("tg.message")), group.message());
    b.enter(row.findElement(By.name("tg.channels")), group.channels());
    return row;
  }

  WebElement addActionItem(ActionItem item, String deadline) {
    WebElement row = addRow("ai");
    b.enter(row.findElement(By.name("ai.content")), item.content());
    b.enter(row.findElement(By.name("ai.place")), item.place());
    b.enter(row.findElement(By.name("ai.expectedResult")), item.expectedResult());
    b.enter(row.findElement(By.name("ai.responsible")), item.responsible());
    b.enter(row.findElement(By.name("ai.deadline")), deadline);
    return row;
  }

  WebElement rowWithName(String kind, String nameField, String value) {
    return b.until(
        "the " + kind + " row named '" + value + "'",
        d ->
            rows(kind).stream()
                .filter(r -> value.equals(r.findElement(By.name(nameField)).getAttribute("value")))
                .findFirst()
                .orElse(null));
  }

  void remove(WebElement row) {
    int before = rows(kind(row)).size();
    String kind = kind(row);
    b.click(row.findElement(By.cssSelector("button[data-remove]")));
    b.until("the " + kind + " row is removed", d -> rows(kind).size() == before - 1);
  }

  void moveUp(WebElement row) {
    b.click(row.findElement(By.cssSelector("button[data-move='-1']")));
  }

  void moveDown(WebElement row) {
    b.click(row.findElement(By.cssSelector("button[data-move='1']")));
  }

  private static String kind(WebElement row) {
    return row.findElement(By.xpath("./parent::ol")).getAttribute("data-rows");
  }

  // ---- Saving ----------------------------------------------------------------------------

  /** Clicks "Save draft" and waits for the answer page (saved, or the problems). */
  void save() {
    WebElement form = b.visible(By.id("plan-editor"));
    b.click(By.id("save"));
    b.until("the editor answered the save", ExpectedConditions.stalenessOf(form));
    b.until("the editor page after saving", d -> !d.findElements(By.id("plan-editor")).isEmpty());
  }

  /** The text of the problems box, once it is shown. */
  String problems() {
    return b.visible(By.id("problems")).getText();
  }

  String savedNotice() {
    return b.visible(By.id("saved-notice")).getText().strip();
  }

  String departmentInputs() {
    return b.visible(By.id("department-inputs")).getText();
  }

  // ---- The plan register and a plan's page -------------------------------------------------

  /** The row of the plan register (/plans) for a plan code: each cell's text under its heading. */
  Map<String, String> registerRow(String code) {
    b.get(registerSearch(code));
    return rowByHeading(By.id("register"), registerRowOf(code));
  }

  /**
   * Opens the plan's page from the register (/plans?q=code → its code) and returns its versions as
   * "number-or-draft STATUS", e.g. ["1.0 SUPERSEDED", "2.0 IN_FORCE"] (the status as PlanDesk keeps
   * it; the page names it in the reader's language).
   */
  List<String> versions(String code) {
    b.get(registerSearch(code));
    b.click(b.visible(registerRowOf(code)).findElement(By.xpath("./td[1]//a")));
    b.until(
        "the page of plan " + code,
        d ->
            !d.findElements(By.id("versions")).isEmpty()
                && d.findElement(By.tagName("h1")).getText().startsWith(code));
    return b.all(By.cssSelector("#versions tbody tr")).stream()
        .map(
            tr ->
                tr.findElement(By.xpath("./td[1]")).getText().strip()
                    + " "
                    + tr.findElement(By.cssSelector("td.status")).getAttribute("data-status"))
        .collect(Collectors.toList());
  }

  /** On a plan's page: the open tasks it lists. */
  String openTasks() {
    return b.visible(By.id("open-tasks")).getText();
  }

  /** The register searched for a code, as a person finds one plan among many pages. */
  private static String registerSearch(String code) {
    return "/plans?q=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
  }

  private static By registerRowOf(String code) {
    return By.xpath(
        "//table[@id='register']/tbody/tr[td[1][normalize-space(.)=" + literal(code) + "]]");
  }

  private Map<String, String> rowByHeading(By table, By rowLocator) {
    WebElement row = b.visible(rowLocator);
    List<String> headings =
        b.driver.findElement(table).findElements(By.cssSelector("thead th")).stream()
            .map(th -> th.getText().strip())
            .collect(Collectors.toList());
    List<WebElement> cells = row.findElements(By.tagName("td"));
    Map<String, String> byHeading = new LinkedHashMap<>();
    for (int i = 0; i < cells.size() && i < headings.size(); i++) {
      byHeading.put(headings.get(i), cells.get(i).getText().strip());
    }
    return byHeading;
  }
}
