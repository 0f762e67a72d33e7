package org.plandesk.due;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskWebTest;
import org.plandesk.SeedPlans;
import org.plandesk.living.LivingSeeds;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.process.LifecycleDriver;
import org.plandesk.web.PageReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What's due at {@code /} through real HTTP, as each role reads it: an English plan's draft sent to
 * the lending and children's departments for input (the lending department's deadline passed
 * yesterday, the children's in a week). A department sees its own task and nobody else's; the
 * director and the coordinator see every department's; overdue comes first; a Hungarian reader
 * reads the task's Hungarian name, though the task was named in English (its plan's language).
 */
@PlanDeskWebTest
class WhatsDueHttpTest {

  private static final String TASKLIST = "/camunda/app/tasklist/default/#/?task=";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired PlanService plans;

  private final LocalDate today = LocalDate.now();
  private PageReader pages;
  private ProcessInstance instance;
  private Task lending;
  private Task children;

  @BeforeEach
  void draftSentToTwoDepartments() {
    pages = new PageReader(port);
    LifecycleDriver driver = new LifecycleDriver(engine, plans);
    instance =
        driver.startNewPlan(
            "coordinator",
            LivingSeeds.code("DUE"),
            "Communication plan of the library",
            "COMMUNICATION_PLAN",
            "en");
    driver.writeContent(instance, SeedPlans.kulsoKommunikacio());
    driver.draft(instance, List.of("lending", "children"), today.plusDays(7));
    lending = driver.departmentTask(instance, "lending");
    children = driver.departmentTask(instance, "children");
    // The lending department's deadline passed yesterday.
    lending.setDueDate(
        Date.from(today.minusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant()));
    engine.getTaskService().saveTask(lending);
  }

  @AfterEach
  void endTheProcess() {
    engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test over");
  }

  @Test
  void aDepartmentSeesItsOwnTaskOnly() {
    List<Row> rows = rows(pages.page("/", "anna"));

    Row own = task(rows, lending.getId());
    assertThat(own.date()).isEqualTo(today.minusDays(1).toString());
    assertThat(own.overdue()).isTrue();
    assertThat(own.what()).isEqualTo("Task in the Tasklist");
    assertThat(own.name()).isEqualTo("Give departmental input");
    assertThat(own.about()).startsWith("DUE ");
    assertThat(own.holders()).isEqualTo("Lending and reader services");
    assertThat(ids(rows)).doesNotContain(children.getId());
    assertThat(ids(rows(pages.page("/", "jonas"))))
        .doesNotContain(lending.getId(), children.getId());
  }

  @Test
  void aPlainMemberOfStaffSeesNothingOfATaskAnotherPersonHolds() {
    new LifecycleDriver(engine, plans)
        .as("olena", () -> engine.getTaskService().claim(children.getId(), "olena"));

    Row held = task(rows(pages.page("/", "olena")), children.getId());
    assertThat(held.holders()).isEqualTo("Olena Kovalchuk");
    for (String other : List.of("anna", "jonas", "auditor", "peter")) {
      String page = pages.page("/", other);
      assertThat(page).as(other).doesNotContain(children.getId()).doesNotContain("Olena Kovalchuk");
    }
    assertThat(ids(rows(pages.page("/", "auditor")))).doesNotContain(lending.getId());
  }

  @Test
  void theDirectorAndTheCoordinatorSeeTheWholeLibrarysTasksOverdueFirst() {
    new LifecycleDriver(engine, plans)
        .as("olena", () -> engine.getTaskService().claim(children.getId(), "olena"));
    for (String user : List.of("director", "coordinator")) {
      List<Row> rows = rows(pages.page("/", user));

      assertThat(task(rows, lending.getId()).holders())
          .as(user)
          .isEqualTo("Lending and reader services");
      Row held = task(rows, children.getId());
      assertThat(held.holders()).as(user).isEqualTo("Olena Kovalchuk");
      // The day of the task's due moment, as the Tasklist shows it (the input deadline's end).
      assertThat(held.date())
          .isEqualTo(
              LocalDate.ofInstant(children.getDueDate().toInstant(), ZoneId.systemDefault())
                  .toString());
      assertThat(held.overdue()).isFalse();
      // Overdue first, each group by date.
      int firstOnTime = rows.stream().map(Row::overdue).toList().indexOf(false);
      assertThat(rows.subList(firstOnTime, rows.size())).as(user).noneMatch(Row::overdue);
      assertThat(rows.indexOf(task(rows, lending.getId()))).isLessThan(firstOnTime);
      List<String> onTime =
          rows.subList(firstOnTime, rows.size()).stream()
              .map(Row::date)
              .filter(d -> !d.isEmpty())
              .toList();
      assertThat(onTime).as(user).isSorted();
      assertThat(rows.subList(0, firstOnTime).stream().map(Row::date).toList()).isSorted();
    }
  }

  @Test
  void aHungarianReaderReadsTheTaskInHungarian() {
    String page = pages.page("/", "anna", "hu");

    assertThat(page).contains("<html lang=\"hu\"");
    Row own = task(rows(page), lending.getId());
    assertThat(own.name()).isEqualTo("Az osztály véleményének megadása");
    assertThat(own.what()).isEqualTo("Feladat a feladatlistán");
    assertThat(own.overdue()).isTrue();
    assertThat(page).contains(">Lejárt<").doesNotContain(">TASK<").doesNotContain(">lending<");
  }

  @Test
  void theOldAddressShowsTheSamePageAndEveryRoleReadsIt() {
    assertThat(ids(rows(pages.page("/due", "anna")))).contains(lending.getId());
    for (String user : List.of("coordinator", "director", "auditor", "anna", "olena", "peter")) {
      assertThat(pages.get("/", user, "uk").statusCode()).as(user).isEqualTo(200);
    }
    assertThat(pages.get("/", null, "en").statusCode()).isEqualTo(302);
    var wrongPage = pages.get("/?page=0", "anna", "en");
    assertThat(wrongPage.statusCode()).isEqualTo(400);
    assertThat(wrongPage.body()).contains("Choose a page from the page links.");
  }

  @Test
  void theHeaderLinksEveryPlaceAndMarksTheCurrentOne() {
    String due = pages.page("/", "auditor");
    assertThat(link(due, "nav-due")).contains("href=\"/\"").contains("aria-current=\"page\"");
    assertThat(link(due, "nav-plans")).contains("href=\"/plans\"").doesNotContain("aria-current");
    assertThat(link(due, "nav-grants")).contains("href=\"/grants\"");
    assertThat(link(due, "nav-tasklist")).contains("href=\"/camunda/app/tasklist/\"");
    assertThat(due).doesNotContain("id=\"nav-audit\"");

    String code = plans.register().get(0).code();
    String plan = "/plans/" + PageReader.segment(code);
    String planPage = pages.page(plan, "auditor");
    assertThat(link(planPage, "nav-plans")).contains("aria-current=\"page\"");
    assertThat(link(planPage, "nav-due")).doesNotContain("aria-current");
    assertThat(link(planPage, "nav-audit")).contains("href=\"" + plan + "/audit\"");
    assertThat(link(pages.page(plan + "/audit", "director"), "nav-audit"))
        .contains("aria-current=\"page\"");
    assertThat(pages.page(plan, "anna")).doesNotContain("id=\"nav-audit\"");
    assertThat(link(pages.page("/grants", "anna", "hu"), "nav-grants"))
        .contains(">Pályázatok<")
        .contains("aria-current=\"page\"");
  }

  /** The header link with this id, as the page has it. */
  private static String link(String page, String id) {
    Matcher m = Pattern.compile("<a [^>]*id=\"" + id + "\"[^>]*>[^<]*</a>").matcher(page);
    assertThat(m.find()).as("the link " + id).isTrue();
    return m.group();
  }

  /** One row of the list as a reader sees it. */
  record Row(
      String date,
      boolean overdue,
      String what,
      String link,
      String name,
      String about,
      String holders) {}

  private static final Pattern ROW =
      Pattern.compile(
          "<tr class=\"due-item[^\"]*\"[^>]*>\\s*"
              + "(?:<td><time datetime=\"([^\"]+)\">[^<]*</time>\\s*"
              + "(<strong class=\"overdue\">[^<]*</strong>)?</td>|<td class=\"no-date\">[^<]*</td>)\\s*"
              + "<td class=\"kind\">([^<]*)</td>\\s*"
              + "<th scope=\"row\"><a href=\"([^\"]*)\">([^<]*)</a></th>\\s*<td>([^<]*)</td>\\s*"
              + "<td class=\"holders\">([^<]*)</td>");

  private static List<Row> rows(String page) {
    Matcher m = ROW.matcher(page);
    List<Row> rows = new ArrayList<>();
    while (m.find()) {
      rows.add(
          new Row(
              m.group(1) == null ? "" : m.group(1),
              m.group(2) != null,
              m.group(3),
              m.group(4),
              m.group(5),
              m.group(6),
              m.group(7)));
    }
    return rows;
  }

  private static Row task(List<Row> rows, String taskId) {
    List<Row> found = rows.stream().filter(r -> r.link().endsWith(TASKLIST + taskId)).toList();
    assertThat(found).as("the row of task " + taskId).hasSize(1);
    return found.get(0);
  }

  private static List<String> ids(List<Row> rows) {
    return rows.stream()
        .map(Row::link)
        .filter(l -> l.contains(TASKLIST))
        .map(l -> l.substring(l.indexOf(TASKLIST) + TASKLIST.length()))
        .toList();
  }
}
