package org.plandesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.plandesk.PlanDeskWebTest;
import org.plandesk.acknowledge.Acknowledgements;
import org.plandesk.living.LivingSeeds;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanVersion;
import org.plandesk.review.MonitoringResult;
import org.plandesk.review.ReviewService;
import org.plandesk.review.process.MonitoringTasks;
import org.plandesk.review.process.PlanReviewPort;
import org.plandesk.review.report.ImplementationReport;
import org.plandesk.review.report.ImplementationReports;
import org.plandesk.review.report.ReportSeeds;
import org.plandesk.web.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 16's story in the browser, on seed 004's Lutsk programme in force (Ukrainian): the
 * coordinator opens the monitoring task in the Tasklist, follows its link to PlanDesk's monitoring
 * page and records the express poll's result there (the task completes); logs an activity held
 * under an action item (seed 003's lesson: 36 participants); looks at the progress page, where the
 * value is drawn (screenshot kept under {@code target/e2e/living/}); asks for the year's
 * implementation report, which the director signs off in the Tasklist; the signed-off report is
 * downloaded and read back. A member of staff finds the programme in force on What's due, reads it
 * and confirms it with one button (issue 18).
 */
@PlanDeskWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LivingRecordStoryE2ETest {

  private static final Path SCREENSHOTS = StoryBrowser.ARTIFACTS.resolve("living");
  private static final String POLL = LivingSeeds.POLL;
  private static final String PLACE = "Бібліотека-філія № 3, читальна зала";
  private static final String LESSON = "Методичне заняття «Бібліотека як простір громади»";

  @RegisterExtension static final StoryBrowser story = new StoryBrowser();

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired PlanService plans;
  @Autowired ReviewService reviews;
  @Autowired MonitoringTasks monitoring;
  @Autowired PlanReviewPort reviewPort;
  @Autowired ImplementationReports reports;
  @Autowired ObjectMapper json;
  @Autowired Acknowledgements acknowledgements;

  private Browser browser;
  private Tasklist tasklist;
  private PlanDeskPages pages;
  private String code;
  private PlanVersion version;
  private String pollTask;
  private final LocalDate today = LocalDate.now();

  @BeforeAll
  void lutskProgrammeInForceWithItsPollDue() {
    LivingSeeds.MonitoringDue due =
        new LivingSeeds(plans)
            .monitoringDue(
                "ЛМЦБС-ІСТОРІЯ",
                LivingSeeds.lutskDemo(json),
                POLL,
                reviewPort,
                engine.getManagementService(),
                monitoring);
    code = due.code();
    version = due.version();
    pollTask = due.taskId();
    browser = story.at("http://localhost:" + port);
    tasklist = new Tasklist(browser, engine.getName());
    pages = new PlanDeskPages(browser);
  }

  private String plan() {
    return "/plans/" + URLEncoder.encode(code, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Test
  @Order(1)
  void theCoordinatorRecordsThePollsResultOnPlanDesksPageFromTheTasklist() {
    tasklist.signIn("coordinator");
    tasklist.openTask(pollTask);
    WebElement link =
        browser.visible(By.cssSelector("section.task-card form.fjs-form a[href*='/monitoring/']"));
    String page = link.getAttribute("href");
    assertThat(page).endsWith(plan() + "/monitoring/" + pollTask);
    browser.dump(SCREENSHOTS, "1-tasklist-monitoring-task");

    browser.driver.get(page);
    browser.visible(By.id("value-1"));
    browser.type(browser.visible(By.id("value-1")), "42.5");
    browser.type(browser.visible(By.id("value-2")), "310");
    browser.js("document.getElementById('date').value = arguments[0];", today.toString());
    browser.type(
        browser.visible(By.id("summary")), "Опитано 120 читачів; 42,5 % знають про нові послуги.");
    browser.dump(SCREENSHOTS, "2-monitoring-page-filled");
    browser.click(By.cssSelector("main form button[type=submit]"));

    browser.until(
        "the task is completed",
        d -> engine.getTaskService().createTaskQuery().taskId(pollTask).count() == 0);
    List<MonitoringResult> results = reviews.monitoringResults(version.id());
    assertThat(results)
        .anySatisfy(
            r -> {
              assertThat(r.instrument()).isEqualTo(POLL);
              assertThat(r.summary()).contains("Опитано 120 читачів");
            });
    assertThat(
            engine
                .getHistoryService()
                .createHistoricTaskInstanceQuery()
                .taskId(pollTask)
                .singleResult()
                .getAssignee())
        .as("completed in the coordinator's name")
        .isEqualTo("coordinator");
  }

  @Test
  @Order(2)
  void theCoordinatorLogsAnActivityHeldUnderTheFirstActionItem() {
    browser.get(plan() + "/progress");
    WebElement summary =
        browser.visible(By.xpath("//details[.//form[contains(@class,'activity-form')]]/summary"));
    browser.click(summary);
    browser.js(
        "document.getElementById('activity-1-heldOn').value = arguments[0];", today.toString());
    browser.type(browser.visible(By.id("activity-1-place")), PLACE);
    browser.type(browser.visible(By.id("activity-1-participants")), "36");
    browser.type(browser.visible(By.id("activity-1-goal")), LESSON);
    browser.type(
        browser.visible(By.id("activity-1-result")),
        "Бібліотекарі району знають, як вести грантову роботу.");
    browser.type(browser.visible(By.id("activity-1-responsible")), "Методичний відділ");
    browser.click(By.cssSelector("form.activity-form button[type=submit]"));
    browser.until(
        "the activity is on the progress page",
        d -> d.findElement(By.tagName("main")).getText().contains(PLACE));
    assertThat(browser.visible(By.tagName("main")).getText()).contains(LESSON).contains("36");
  }

  @Test
  @Order(3)
  void theProgressPageDrawsTheResultAndIsKeptAsAScreenshot() {
    browser.get(plan() + "/progress");
    String main = browser.visible(By.tagName("main")).getText();
    assertThat(main).contains("42.5").contains(PLACE);
    List<WebElement> charts = browser.all(By.cssSelector("main svg"));
    assertThat(charts).as("a chart per indicator").isNotEmpty();
    browser.dump(SCREENSHOTS, "3-progress-page");
  }

  @Test
  @Order(4)
  void theYearsReportIsSignedOffByTheDirectorAndReadBack() throws IOException {
    browser.get(plan() + "/progress");
    new Select(browser.visible(By.id("report-year")))
        .selectByValue(String.valueOf(today.getYear()));
    browser.click(By.cssSelector("#report-form button[type=submit]"));
    browser.until("the report is asked for", d -> d.getCurrentUrl().contains("report=requested"));
    ImplementationReport report = reports.ofPlan(version.planId()).get(0);
    ReportSeeds.runJobs(engine, report);

    tasklist.signIn("director");
    Task signOff =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(report.processInstanceId())
            .singleResult();
    tasklist.openTask(signOff.getId());
    browser.dump(SCREENSHOTS, "4-tasklist-sign-off");
    tasklist.claim("Mikolasek Zsófia");
    tasklist.tick("Затвердити звіт");
    tasklist.complete();
    browser.until(
        "the sign-off is recorded",
        d -> engine.getTaskService().createTaskQuery().taskId(signOff.getId()).count() == 0);
    ReportSeeds.runJobs(engine, report);

    byte[] docx =
        new WebClient(port)
            .download("/api/reports/" + report.id() + "/document.docx", "coordinator", "demo")
            .body();
    String text = documentText(docx);
    assertThat(text).contains(PLACE).contains(LESSON).contains("36").contains("42,5");
  }

  @Test
  @Order(5)
  void aMemberOfStaffReadsTheProgrammeInForceFromWhatsDueAndConfirmsIt() {
    tasklist.signIn("olena");
    browser.get("/");
    By item = By.cssSelector("#due-list a[href$='/acknowledge/" + version.id() + "']");
    browser.visible(item);
    browser.dump(SCREENSHOTS, "5-whats-due-read-and-confirm");
    browser.click(item);
    browser.visible(By.id("ack-version-link"));
    browser.click(By.id("ack-button"));
    browser.visible(By.id("ack-confirmed"));
    browser.dump(SCREENSHOTS, "6-confirmed");
    assertThat(acknowledgements.line(version.id(), "olena").orElseThrow().confirmed())
        .as("recorded: who, when, which version")
        .isTrue();
    browser.get("/");
    assertThat(browser.driver.findElements(item)).as("no longer due").isEmpty();
  }

  /** The words of a DOCX's body, its runs joined. */
  private static String documentText(byte[] docx) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        if (entry.getName().equals("word/document.xml")) {
          String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
          return xml.replaceAll("</w:p>", "\n").replaceAll("<[^>]+>", "");
        }
      }
    }
    throw new AssertionError("no word/document.xml in the report");
  }
}
