package org.plandesk.review.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskWebTest;
import org.plandesk.living.LivingSeeds;
import org.plandesk.plan.PlanService;
import org.plandesk.web.PageReader;
import org.plandesk.web.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The implementation log on the progress page through real HTTP, as browsers of signed-in users
 * send it (session, CSRF token): seed 002's next steps as action items, late computed from their
 * deadlines, a status set by the coordinator, seed 003's methodological lesson (36 participants)
 * recorded by the responsible department; refused input shown again with its messages tied to the
 * fields and nothing written; other departments, the director and auditors refused.
 */
@PlanDeskWebTest
class ActionLogHttpTest {

  @LocalServerPort int port;
  @Autowired PlanService plans;
  @Autowired JdbcClient jdbc;

  private final LocalDate today = LocalDate.now();
  private String code;
  private String path;

  @BeforeEach
  void dialogueForum() {
    code = new LivingSeeds(plans).dialogueForumInForce(today);
    path = "/plans/" + PageReader.segment(code) + "/progress";
  }

  @Test
  void lateIsComputedFromTheDeadlineAndTheCoordinatorSetsAStatus() {
    WebClient coordinator = signedIn("coordinator");
    String page = coordinator.get(path).body();
    assertThat(item(page, 1)).contains(">Planned<").contains("Late: the deadline has passed");
    assertThat(item(page, 2)).contains("Late: the deadline has passed");
    assertThat(item(page, 3)).contains(">Planned<").doesNotContain("Late:");
    assertThat(item(page, 4)).doesNotContain("Late:").contains("none set");

    var started =
        coordinator.postForm(
            path.replace("/progress", "/progress/actions/1/status"),
            List.of(
                Map.entry("item", key(page, 1)),
                Map.entry("status", "IN_PROGRESS"),
                Map.entry("_csrf", WebClient.csrf(page))));
    assertThat(started.statusCode()).isEqualTo(302);
    assertThat(item(coordinator.get(path).body(), 1))
        .contains(">In progress<")
        .contains("Late: the deadline has passed");
    var saved =
        coordinator.postForm(
            path.replace("/progress", "/progress/actions/1/status"),
            List.of(
                Map.entry("item", key(page, 1)),
                Map.entry("status", "DONE"),
                Map.entry("_csrf", WebClient.csrf(page))));
    assertThat(saved.statusCode()).isEqualTo(302);
    String location = saved.headers().firstValue("Location").orElse("");
    assertThat(location).contains("saved=status").contains("item=1").endsWith("#action-1");

    String after =
        coordinator
            .get(location.replaceFirst("^https?://[^/]+", "").replaceFirst("#.*", ""))
            .body();
    assertThat(after).contains("The status of action item 1 is saved.").contains("role=\"status\"");
    assertThat(item(after, 1))
        .contains("data-status=\"DONE\"")
        .contains(">Done<")
        .doesNotContain("Late:");
  }

  @Test
  void theResponsibleDepartmentRecordsSeed003sLesson() {
    WebClient jonas = signedIn("jonas");
    String page = jonas.get(path).body();
    // Jonas is of the digital department: responsible for item 3 only.
    assertThat(item(page, 3)).contains("activity-3-participants").contains("status-3");
    assertThat(item(page, 1)).doesNotContain("<form");
    assertThat(item(page, 2)).doesNotContain("<form");

    var saved = jonas.postForm(activities(3), lesson(page, 3, "2013-09-20", "36"));
    assertThat(saved.statusCode()).isEqualTo(302);
    assertThat(activitiesOfThePlan()).isEqualTo(1);

    String after = jonas.get(path + "?saved=activity&item=3").body();
    assertThat(after).contains("The activity under action item 3 is recorded.");
    String item = item(after, 3);
    assertThat(item)
        .contains("Activities held under action item 3: 36 participants in all")
        .contains("datetime=\"2013-09-20\"")
        .contains("ВКО универсальная библиотека имени Абая")
        .contains("<td class=\"participants\">36</td>")
        .contains("Групповая консультация о методике проведения методической помощи")
        .contains("Повышение квалификации библиотечных работников")
        .contains("Мальцева О., методист")
        .contains("Jonas Kazlauskas");
    // Everyone reads it, the director too.
    assertThat(new PageReader(port).page(path, "director"))
        .contains("ВКО универсальная библиотека");
  }

  @Test
  void refusedInputShowsItsMessagesTiedToTheFieldsKeepsWhatWasTypedAndWritesNothing() {
    WebClient jonas = signedIn("jonas");
    String page = jonas.get(path).body();
    List<Map.Entry<String, String>> form =
        new ArrayList<>(lesson(page, 3, today.plusDays(3).toString(), "harminchat"));
    form.removeIf(e -> e.getKey().equals("goal"));
    form.add(Map.entry("goal", "  "));

    HttpResponse<String> refused = jonas.postForm(activities(3), form);

    assertThat(refused.statusCode()).isEqualTo(400);
    String body = refused.body();
    assertThat(body)
        .contains("role=\"alert\"")
        .contains("The activity was not saved: correct what is marked below.")
        .contains(
            "href=\"#activity-3-heldOn\">Date: an activity that was held cannot lie in the future.")
        .contains(
            "href=\"#activity-3-participants\">Participants: enter a whole number from 0 to 100,000.")
        .contains("href=\"#activity-3-goal\">Goal: this field is required.");
    assertThat(body)
        .containsPattern(
            "id=\"activity-3-heldOn\"[^>]*aria-describedby=\"activity-3-heldOn-hint activity-3-heldOn-error\"")
        .containsPattern("id=\"activity-3-participants\"[^>]*aria-invalid=\"true\"")
        .containsPattern(
            "id=\"activity-3-place\"[^>]*value=\"ВКО универсальная библиотека имени Абая\"")
        .containsPattern("id=\"activity-3-place\"[^>]*aria-invalid=\"false\"")
        .contains("value=\"harminchat\"")
        .contains("<details open=\"open\">");
    assertThat(activitiesOfThePlan()).isZero();
  }

  @Test
  void otherDepartmentsTheDirectorAuditorsAFormWithoutTokenOrAStaleOneWriteNothing() {
    WebClient olena = signedIn("olena");
    String page = olena.get(path).body();
    var notHers = olena.postForm(activities(3), lesson(page, 3, "2013-09-20", "36"));
    assertThat(notHers.statusCode()).isEqualTo(403);
    assertThat(notHers.body())
        .contains(
            "Only the communication coordinator and the department responsible for this action item");

    for (String user : List.of("director", "auditor")) {
      WebClient reader = signedIn(user);
      String readerPage = reader.get(path).body();
      assertThat(readerPage).doesNotContain("activity-3-participants");
      assertThat(
              reader
                  .postForm(activities(3), lesson(readerPage, 3, "2013-09-20", "36"))
                  .statusCode())
          .as(user)
          .isEqualTo(403);
    }

    var withoutToken =
        new PageReader(port)
            .post(
                activities(3),
                "coordinator",
                "item=x&heldOn=2013-09-20&place=A&participants=1&goal=G&responsible=R");
    assertThat(withoutToken.statusCode()).isEqualTo(403);

    WebClient coordinator = signedIn("coordinator");
    String coordinatorPage = coordinator.get(path).body();
    List<Map.Entry<String, String>> stale =
        new ArrayList<>(lesson(coordinatorPage, 3, "2013-09-20", "36"));
    stale.removeIf(e -> e.getKey().equals("item"));
    stale.add(Map.entry("item", "0".repeat(64)));
    var changed = coordinator.postForm(activities(3), stale);
    assertThat(changed.statusCode()).isEqualTo(409);
    assertThat(changed.body()).contains("The plan changed since the page was opened");
    var noSuchItem =
        coordinator.postForm(activities(99), lesson(coordinatorPage, 3, "2013-09-20", "36"));
    assertThat(noSuchItem.statusCode()).isEqualTo(404);
    var badStatus =
        coordinator.postForm(
            path.replace("/progress", "/progress/actions/3/status"),
            List.of(
                Map.entry("item", key(coordinatorPage, 3)),
                Map.entry("status", "LATE"),
                Map.entry("_csrf", WebClient.csrf(coordinatorPage))));
    assertThat(badStatus.statusCode()).isEqualTo(400);
    assertThat(badStatus.body()).contains("Choose the status from the list: nothing was saved.");

    assertThat(activitiesOfThePlan()).isZero();
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM action_item_status s JOIN plan p ON p.id = s.plan_id WHERE p.code = ?")
                .param(code)
                .query(Long.class)
                .single())
        .isZero();
  }

  private WebClient signedIn(String user) {
    return new WebClient(port).language("en").signIn(user, "demo");
  }

  private String activities(int item) {
    return path.replace("/progress", "/progress/actions/" + item + "/activities");
  }

  /** Seed 003's methodological lesson as the form sends it. */
  private static List<Map.Entry<String, String>> lesson(
      String page, int item, String heldOn, String participants) {
    return List.of(
        Map.entry("item", key(page, item)),
        Map.entry("heldOn", heldOn),
        Map.entry("place", "ВКО универсальная библиотека имени Абая"),
        Map.entry("participants", participants),
        Map.entry(
            "goal",
            "Групповая консультация о методике проведения методической помощи и новых форм массовой работы"),
        Map.entry("result", "Повышение квалификации библиотечных работников"),
        Map.entry("responsible", "Мальцева О., методист методического отдела"),
        Map.entry("_csrf", WebClient.csrf(page)));
  }

  private long activitiesOfThePlan() {
    return jdbc.sql(
            "SELECT COUNT(*) FROM action_activity a JOIN plan p ON p.id = a.plan_id WHERE p.code = ?")
        .param(code)
        .query(Long.class)
        .single();
  }

  /** The part of the page about one action item. */
  private static String item(String page, int number) {
    int start = page.indexOf("id=\"action-" + number + "\"");
    assertThat(start).as("action item " + number).isPositive();
    int end = page.indexOf("class=\"action-item\"", start + 1);
    return page.substring(start, end < 0 ? page.indexOf("</section>", start) : end);
  }

  /** The key of an action item, as its forms carry it. */
  private static String key(String page, int number) {
    String part = item(page, number);
    Matcher m = Pattern.compile("name=\"item\" value=\"([0-9a-f]{64})\"").matcher(part);
    if (m.find()) {
      return m.group(1);
    }
    // A reader without forms: the key as the server makes it of the item's text.
    return ActionItemKey.of(
        LivingSeeds.dialogueForum(LocalDate.now()).actionItems().get(number - 1).content());
  }
}
