package org.plandesk.review.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskWebTest;
import org.plandesk.living.LivingSeeds;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanVersion;
import org.plandesk.review.process.MonitoringPageLinks;
import org.plandesk.review.process.MonitoringTasks;
import org.plandesk.review.process.PlanReviewPort;
import org.plandesk.web.PageReader;
import org.plandesk.web.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The monitoring page through real HTTP, as signed-in browsers send it (session, CSRF token), on
 * seed 004's whole Lutsk programme (six instruments, six indicators, nine action items) in force,
 * its quarterly express poll due: a result saved is stored, its Tasklist task completed, and its
 * values drawn on the progress page; refused input is shown again with its messages and nothing is
 * written; the director, auditors and a department the task is not for are refused; an instrument a
 * department owns is recorded by its staff, and by no other department; a task that lost its page
 * link gets a working one at start-up; the indicator of participants in creative events is fed from
 * the activities logged under an action item (seed 003's lesson, 36 participants); everything
 * recorded is in the plan's audit trail.
 */
@PlanDeskWebTest
class MonitoringPageHttpTest {

  private static final String POLL = LivingSeeds.POLL;
  private static final int CREATIVE_EVENTS = 5;

  @LocalServerPort int port;
  @Autowired PlanService plans;
  @Autowired MonitoringTasks monitoring;
  @Autowired MonitoringPageLinks links;
  @Autowired PlanReviewPort reviews;
  @Autowired ManagementService management;
  @Autowired TaskService taskService;
  @Autowired HistoryService history;
  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper json;

  private String code;
  private PlanVersion version;
  private String taskId;
  private String page;

  @BeforeEach
  void lutskProgrammeWithThePollDue() {
    LivingSeeds.MonitoringDue due =
        new LivingSeeds(plans)
            .monitoringDue(
                "ЛМЦБС-ПР", LivingSeeds.lutskDemo(json), POLL, reviews, management, monitoring);
    code = due.code();
    version = due.version();
    taskId = due.taskId();
    page = due.page();
  }

  @Test
  void theTasklistFormLinksToThePageWhichShowsEveryIndicator() {
    assertThat(taskService.getVariableLocal(taskId, "monitoringPage")).isEqualTo(page);
    String body = signedIn("coordinator", "en").get(page).body();
    assertThat(body)
        .contains("Monitoring result: " + POLL)
        .contains("<caption>The plan&#39;s indicators: actual values of this result</caption>");
    assertThat(rows(body)).hasSize(6);
    assertThat(row(body, CREATIVE_EVENTS))
        .contains("Динаміка кількісних показників учасників творчих заходів")
        .contains("id=\"value-5\"")
        .contains("aria-describedby=\"name-5\"");
    assertThat(row(body, 1)).contains("<td class=\"unit\">%</td>").contains("not set");
    // The plan's monitoring page lists the task due, linked.
    String plan =
        signedIn("coordinator", "en")
            .get("/plans/" + PageReader.segment(code) + "/monitoring")
            .body();
    assertThat(plan).contains("href=\"" + page + "\"").contains(POLL);
  }

  @Test
  void aTaskOpenedWithoutItsPageLinkGetsAWorkingOneAtStartUp() throws Exception {
    // As a task opened before monitoringPage existed (or moved to a newer definition) is.
    taskService.removeVariableLocal(taskId, "monitoringPage");

    links.linkOnStartUp();

    // What the Tasklist reads to fill in the form's link, then the page it leads to.
    var variables =
        new WebClient(port)
            .getWithBasic(
                "/engine-rest/task/" + taskId + "/form-variables?variableNames=monitoringPage",
                "coordinator",
                "demo");
    assertThat(variables.statusCode()).isEqualTo(200);
    String link = json.readTree(variables.body()).path("monitoringPage").path("value").asText();
    assertThat(link).isEqualTo(page);
    var opened = signedIn("coordinator", "en").get(link);
    assertThat(opened.statusCode()).isEqualTo(200);
    assertThat(opened.body()).contains("Monitoring result: " + POLL);
  }

  @Test
  void aResultWithADecimalCommaIsStoredTheTaskCompletedAndTheChartShowsIt() {
    WebClient olha = signedIn("coordinator", "uk");
    String form = olha.get(page).body();
    assertThat(form).contains("Зберегти результат і завершити завдання");

    var saved =
        olha.postForm(
            page,
            fields(
                form,
                LocalDate.now().minusDays(1).toString(),
                "Опитано 120 читачів",
                Map.of(1, "7,5", 3, "2")));

    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    assertThat(saved.headers().firstValue("Location").orElse("")).contains("saved=result");
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
    var done = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
    assertThat(done.getDeleteReason()).isEqualTo("completed");
    assertThat(done.getAssignee()).isEqualTo("coordinator");
    assertThat(values()).containsExactly("7.5", "2");
    // The poll's next use is due: the review goes on.
    assertThat(monitoring.open(version.id()))
        .extracting(MonitoringTasks.MonitoringTask::instrument)
        .doesNotContain(POLL);

    String progress =
        signedIn("director", "en").get("/plans/" + PageReader.segment(code) + "/progress").body();
    assertThat(chartValues(progress, 1)).containsExactly("7.5");
    assertThat(chartValues(progress, 3)).containsExactly("2");
    assertThat(chartValues(progress, 2)).isEmpty();
  }

  @Test
  void refusedInputIsShownAgainWithItsMessagesAndNothingIsWritten() {
    WebClient coordinator = signedIn("coordinator", "en");
    String form = coordinator.get(page).body();
    List<Map.Entry<String, String>> typed =
        new ArrayList<>(fields(form, "", "  ", Map.of(1, "seven", 2, "7,5")));
    typed.add(Map.entry("figures", "120 відповідей"));

    HttpResponse<String> refused = coordinator.postForm(page, typed);

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains("role=\"alert\"")
        .contains("The result was not saved: correct what is marked below.")
        .contains("href=\"#date\">Date of the result: this field is required.")
        .contains("href=\"#summary\">Summary of the result: this field is required.")
        .contains(
            "href=\"#value-1\">Щорічний % зменшення скарг та незадоволеного попиту користувачів:"
                + " enter a number, such as 7.5")
        // English writes 7.5: a comma there would be a thousands separator, so it is refused.
        .contains("href=\"#value-2\">% скорочення часу опрацювання ресурсів: enter a number")
        .containsPattern("id=\"value-1\"[^>]*value=\"seven\"")
        .containsPattern(
            "id=\"value-1\"[^>]*aria-describedby=\"name-1 value-1-error\"[^>]*aria-invalid=\"true\"")
        .contains(">120 відповідей</textarea>");
    assertThat(refused.body()).containsPattern("id=\"date\"[^>]*aria-describedby=\"date-error\"");

    var unknownIndicator =
        coordinator.postForm(
            page, fields(form, LocalDate.now().toString(), "Опитано", Map.of(1, "3", 7, "4")));
    assertThat(unknownIndicator.statusCode()).isEqualTo(400);
    assertThat(unknownIndicator.body()).contains("Indicators: the plan has no indicator number 7.");

    var future =
        coordinator.postForm(
            page, fields(form, LocalDate.now().plusDays(2).toString(), "Опитано", Map.of()));
    assertThat(future.statusCode()).isEqualTo(400);
    assertThat(future.body()).contains("Date of the result: a result cannot lie in the future.");

    assertThat(values()).isEmpty();
    assertThat(results()).isZero();
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).as("still open").isOne();
  }

  @Test
  void theDirectorAuditorsAndADepartmentTheTaskIsNotForAreRefused() {
    for (String user : List.of("director", "auditor", "jonas")) {
      WebClient reader = signedIn(user, "en");
      String form = reader.get(page).body();
      assertThat(form).as(user).contains(POLL).doesNotContain("Save the result");
      assertThat(form)
          .contains("Only the group this task belongs to, or the person who took it, records");
      var refused =
          reader.postForm(
              page, fields(form, LocalDate.now().toString(), "Опитано", Map.of(1, "3")));
      assertThat(refused.statusCode()).as(user).isEqualTo(403);
    }
    assertThat(
            signedIn("auditor", "en")
                .postForm(
                    "/plans/" + PageReader.segment(code) + "/monitoring/feeds",
                    List.of(Map.entry("indicator", "5"), Map.entry("item", "6")))
                .statusCode())
        .isEqualTo(403);
    assertThat(results()).isZero();
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();
    var unknown = signedIn("coordinator", "en").get(page.replace(taskId, "no-such-task"));
    assertThat(unknown.statusCode()).isEqualTo(404);
  }

  @Test
  void theStaffOfTheDepartmentOwningAnInstrumentRecordItsResultAndNoOtherDepartment() {
    // Seed 004's express poll in the hands of a department, which the plan names by its name.
    LivingSeeds.MonitoringDue due =
        new LivingSeeds(plans)
            .monitoringDue(
                "ЛМЦБС-ВІДДІЛ",
                LivingSeeds.withResponsible(
                    LivingSeeds.lutskDemo(json), POLL, "Events and culture"),
                POLL,
                reviews,
                management,
                monitoring);
    version = due.version();
    taskId = due.taskId();
    page = due.page();
    assertThat(monitoring.find(taskId).orElseThrow().candidateGroups()).containsExactly("events");
    String day = LocalDate.now().minusDays(1).toString();

    // A member of another department (lending, reading Swedish) may read the page, not save it.
    WebClient anna = signedIn("anna", "sv");
    String annasPage = anna.get(page).body();
    assertThat(annasPage).contains(POLL).doesNotContain("Spara resultatet");
    HttpResponse<String> refused =
        anna.postForm(page, fields(annasPage, day, "Enkät", Map.of(1, "3")));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body())
        .contains("Bara gruppen som uppföljningsuppgiften hör till, eller den som tagit den");

    // A member of the owning department (events, reading Hungarian) types a word for a number.
    WebClient peter = signedIn("peter", "hu");
    String form = peter.get(page).body();
    assertThat(form).contains("Az eredmény mentése és a feladat lezárása");
    HttpResponse<String> notANumber =
        peter.postForm(page, fields(form, day, "Gyorsfelmérés", Map.of(1, "hét", 3, "2")));
    assertThat(notANumber.statusCode()).isEqualTo(400);
    assertThat(notANumber.body())
        .contains("Az eredmény nem került mentésre: javítsa a lent jelölteket.")
        .contains("adjon meg egy számot, például 7,5 (legfeljebb négy tizedesjegy).")
        .containsPattern("id=\"value-1\"[^>]*value=\"hét\"");
    assertThat(values()).as("nothing written").isEmpty();
    assertThat(results()).isZero();
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).as("still open").isOne();

    // Corrected, as Hungarian writes it: saved, the task completed in his name.
    HttpResponse<String> saved =
        peter.postForm(
            page, fields(form, day, "Gyorsfelmérés 120 olvasóval", Map.of(1, "7,5", 3, "2")));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
    var done = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
    assertThat(done.getDeleteReason()).isEqualTo("completed");
    assertThat(done.getAssignee()).isEqualTo("peter");
    assertThat(values()).containsExactly("7.5", "2");
    assertThat(results()).isOne();
  }

  @Test
  void participantsInCreativeEventsAreFedFromTheActivityLogAndEverythingIsInTheAuditTrail() {
    WebClient coordinator = signedIn("coordinator", "en");
    String base = "/plans/" + PageReader.segment(code);
    String monitoringPage = coordinator.get(base + "/monitoring").body();
    var fed =
        coordinator.postForm(
            base + "/monitoring/feeds",
            List.of(
                Map.entry("indicator", Integer.toString(CREATIVE_EVENTS)),
                Map.entry("item", "6"),
                Map.entry("measure", "PARTICIPANTS"),
                Map.entry("_csrf", WebClient.csrf(monitoringPage))));
    assertThat(fed.statusCode()).isEqualTo(302);

    // Seed 003's methodological lesson (36 participants) held under action item 6 last week.
    String progress = coordinator.get(base + "/progress").body();
    var logged =
        coordinator.postForm(
            base + "/progress/actions/6/activities",
            List.of(
                Map.entry("item", itemKey(progress, 6)),
                Map.entry("heldOn", LocalDate.now().minusDays(7).toString()),
                Map.entry("place", "ВКО универсальная библиотека имени Абая"),
                Map.entry("participants", "36"),
                Map.entry(
                    "goal",
                    "Групповая консультация о методике проведения методической помощи и новых форм массовой работы"),
                Map.entry("result", "Повышение квалификации библиотечных работников"),
                Map.entry("responsible", "Мальцева О., методист методического отдела"),
                Map.entry("_csrf", WebClient.csrf(progress))));
    assertThat(logged.statusCode()).isEqualTo(302);
    var status =
        coordinator.postForm(
            base + "/progress/actions/6/status",
            List.of(
                Map.entry("item", itemKey(progress, 6)),
                Map.entry("status", "IN_PROGRESS"),
                Map.entry("_csrf", WebClient.csrf(progress))));
    assertThat(status.statusCode()).isEqualTo(302);

    String form = coordinator.get(page).body();
    assertThat(row(form, CREATIVE_EVENTS))
        .containsPattern("id=\"value-5\"[^>]*value=\"36\"")
        .contains("aria-describedby=\"name-5 value-5-fed\"")
        .contains(
            "From the activity log: 36 participants in 1 activities under action item 6"
                + " (Впровадження інноваційних послуг)");
    var saved =
        coordinator.postForm(
            page,
            // As a browser sends the form: the value the log filled in, kept.
            fields(form, LocalDate.now().toString(), "Творчі заходи кварталу", Map.of(5, "36")));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    assertThat(values()).containsExactly("36");

    String after = coordinator.get(base + "/progress").body();
    assertThat(chartValues(after, CREATIVE_EVENTS)).containsExactly("36");
    assertThat(after)
        .contains(
            "Fed from the activity log: participants of the activities under action item 6"
                + " (Впровадження інноваційних послуг)");

    String audit = signedIn("auditor", "en").get(base + "/audit").body();
    assertThat(audit)
        .contains("Action item status set: In progress")
        .contains("Activity recorded (36 participants)")
        .contains("Monitoring result recorded: " + POLL)
        .contains("Динаміка кількісних показників учасників творчих заходів = 36")
        .contains("Márku Mónika (coordinator)");
    String inUkrainian = signedIn("auditor", "uk").get(base + "/audit").body();
    assertThat(inUkrainian)
        .contains("Встановлено стан пункту:")
        .contains("Внесено захід (36 учасників)")
        .contains("Внесено результат моніторингу: " + POLL);
  }

  private WebClient signedIn(String user, String language) {
    return new WebClient(port).language(language).signIn(user, "demo");
  }

  /** The form as the page sends it: the typed values by indicator number, the others empty. */
  private static List<Map.Entry<String, String>> fields(
      String form, String date, String summary, Map<Integer, String> values) {
    List<Map.Entry<String, String>> fields = new ArrayList<>();
    fields.add(Map.entry("_csrf", WebClient.csrf(form)));
    fields.add(Map.entry("date", date));
    fields.add(Map.entry("summary", summary));
    values.forEach((n, v) -> fields.add(Map.entry("value-" + n, v)));
    return fields;
  }

  private List<String> values() {
    return jdbc.sql("SELECT actual_value FROM indicator_value WHERE version_id = ? ORDER BY id")
        .param(version.id())
        .query((rs, n) -> rs.getBigDecimal(1).stripTrailingZeros().toPlainString())
        .list();
  }

  private long results() {
    return jdbc.sql("SELECT COUNT(*) FROM monitoring_result WHERE version_id = ?")
        .param(version.id())
        .query(Long.class)
        .single();
  }

  private static List<String> rows(String page) {
    List<String> rows = new ArrayList<>();
    Matcher m = Pattern.compile("<tr id=\"row-\\d+\"").matcher(page);
    while (m.find()) {
      rows.add(m.group());
    }
    return rows;
  }

  private static String row(String page, int number) {
    int start = page.indexOf("<tr id=\"row-" + number + "\"");
    assertThat(start).as("row " + number).isPositive();
    return page.substring(start, page.indexOf("</tr>", start));
  }

  /** The values of an indicator's chart table on the progress page. */
  private static List<String> chartValues(String progress, int indicator) {
    int start = progress.indexOf("id=\"indicator-" + indicator + "\"");
    int end = progress.indexOf("class=\"indicator\"", start + 1);
    String part = progress.substring(start, end < 0 ? progress.indexOf("</section>", start) : end);
    List<String> values = new ArrayList<>();
    Matcher m = Pattern.compile("class=\"value\" data-value=\"([^\"]+)\"").matcher(part);
    while (m.find()) {
      values.add(new java.math.BigDecimal(m.group(1)).stripTrailingZeros().toPlainString());
    }
    return values;
  }

  private static String itemKey(String progress, int number) {
    int start = progress.indexOf("id=\"action-" + number + "\"");
    Matcher m =
        Pattern.compile("name=\"item\" value=\"([0-9a-f]{64})\"")
            .matcher(progress.substring(start));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }
}
