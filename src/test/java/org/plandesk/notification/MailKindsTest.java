package org.plandesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plandesk.SeedPlans;
import org.plandesk.document.StoredDocument;
import org.plandesk.plan.PlanDocuments;
import org.plandesk.plan.VersionStatus;
import org.plandesk.plan.process.PlanVersionProcess;
import org.plandesk.process.DirectorDecision;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each kind of mail, delivered through a real SMTP server to the right people, in their language
 * (Péter reads Ukrainian; the plan is Hungarian), with the link and the attachment they need.
 */
class MailKindsTest extends MailTestBase {

  private static final String TITLE = SeedPlans.KULSO_KOMM_TITLE;
  private static final String TASKLIST = BASE_URL + "/camunda/app/tasklist/default/#/?task=";

  @Autowired PlanDocuments documents;

  @AfterEach
  void forgetLanguages() {
    identity.deleteUserInfo("peter", Recipients.LANGUAGE_KEY);
  }

  @Test
  void departmentsAreAskedRemindedAndTheCoordinatorLearnsWhoStayedSilent() {
    identity.setUserInfo("peter", Recipients.LANGUAGE_KEY, "uk");
    ProcessInstance pi =
        driver.startNewPlan("coordinator", code("KOMM"), TITLE, "COMMUNICATION_PLAN", "hu");

    // The coordinator's drafting task, in the plan's language, linking straight to the task.
    ReceivedMail draft = to(deliver(), "coordinator");
    Task draftTask = driver.task(pi, PlanVersionProcess.DRAFT_VERSION);
    assertThat(draft.subject()).isEqualTo("Teendő: A tervváltozat megírása – " + TITLE);
    assertThat(draft.language()).isEqualTo("hu");
    assertThat(draft.text())
        .contains("Kedves Márku Mónika!")
        .contains(TASKLIST + draftTask.getId());
    assertThat(draft.html()).contains("href=\"" + TASKLIST + draftTask.getId() + "\"");

    driver.writeContent(pi, SeedPlans.kulsoKommunikacio());
    driver.draft(pi, List.of("lending", "events"), TODAY.plusDays(7));

    // Every member of each department asked, and nobody else; Péter in Ukrainian.
    List<ReceivedMail> asked = deliver();
    assertThat(asked).extracting(ReceivedMail::user).containsExactlyInAnyOrder("anna", "peter");
    ReceivedMail anna = to(asked, "anna");
    assertThat(anna.subject()).isEqualTo("Teendő: Az osztály véleményének megadása – " + TITLE);
    assertThat(anna.text())
        .contains("Határidő: 2026. október 8., a nap végéig")
        .contains("Osztály: Kölcsönzés és olvasószolgálat")
        .contains(TASKLIST + driver.departmentTask(pi, "lending").getId());
    ReceivedMail peter = to(asked, "peter");
    assertThat(peter.language()).isEqualTo("uk");
    assertThat(peter.subject()).isEqualTo("Потрібно зробити: Надати пропозиції відділу — " + TITLE);
    assertThat(peter.text())
        .contains("Вітаємо, Péter Szabó!")
        .contains("Строк: 8 жовтня 2026 р., до кінця дня")
        .contains(TASKLIST + driver.departmentTask(pi, "events").getId());

    // Lending answers; two days before the deadline only the events department is reminded.
    driver.giveInput("anna", pi, "lending", "Havi hírlevél a regisztrált használóknak.", List.of());
    String eventsTask = driver.departmentTask(pi, "events").getId();
    reachDay(LocalDate.of(2026, 10, 7));
    List<ReceivedMail> reminders = deliver();
    assertThat(reminders).extracting(ReceivedMail::user, ReceivedMail::subject).hasSize(1);
    assertThat(reminders).extracting(ReceivedMail::user).containsExactly("peter");
    assertThat(reminders.get(0).subject())
        .isEqualTo(
            "Нагадування: пропозиції відділу до плану «"
                + TITLE
                + "», строк — 8 жовтня 2026 р., до кінця дня");
    assertThat(reminders.get(0).text())
        .contains("Відділ «Заходи та культура» ще не надав")
        .contains(TASKLIST + eventsTask);

    // The deadline passes: the coordinator is told who gave no input, then gets the consolidation.
    reachDay(LocalDate.of(2026, 10, 9));
    List<ReceivedMail> closing = deliver();
    assertThat(closing).extracting(ReceivedMail::user).containsOnly("coordinator");
    assertThat(closing)
        .extracting(ReceivedMail::subject)
        .containsExactlyInAnyOrder(
            "Lejárt a véleményezési határidő, nem válaszolt: Rendezvények és kultúra – " + TITLE,
            "Teendő: A vélemények beépítése a tervezetbe – " + TITLE);
    ReceivedMail silent =
        closing.stream().filter(m -> m.subject().startsWith("Lejárt")).findFirst().orElseThrow();
    assertThat(silent.text())
        .contains("  - Rendezvények és kultúra")
        .contains("A megkérdezett 2 osztályból 1 adott véleményt.")
        .contains(BASE_URL + "/plans/versions/" + driver.versionId(pi));
  }

  @Test
  void theCoordinatorHearsTheDirectorsDecisionWithTheCommentAndTheEffectiveDate() {
    ProcessInstance pi = atApproval(code("DECIDE"), TITLE);
    deliver();

    driver.decide(
        pi, DirectorDecision.REQUEST_CHANGES, "Kérem a közösségi médiát is\nkülön sorban.", null);
    List<ReceivedMail> changes = deliver();
    assertThat(changes).extracting(ReceivedMail::user).containsOnly("coordinator");
    ReceivedMail asked =
        changes.stream().filter(m -> m.subject().startsWith("Módosítás")).findFirst().orElseThrow();
    assertThat(asked.subject())
        .isEqualTo("Módosítás kérve: dolgozza át a tervet (" + TITLE + "), és küldje újra");
    assertThat(asked.text())
        .contains("Az igazgató megjegyzése:\nKérem a közösségi médiát is\nkülön sorban.");
    assertThat(asked.html()).contains("Kérem a közösségi médiát is\nkülön sorban.");

    driver.consolidate(pi);
    deliver();
    driver.decide(pi, DirectorDecision.APPROVE, "Rendben.", LocalDate.of(2026, 11, 1));
    ReceivedMail approved = to(deliver(), "coordinator");
    assertThat(approved.subject())
        .isEqualTo("Jóváhagyva: " + TITLE + ", 1.0 változat – hatályos: 2026. november 1.");
    assertThat(approved.text())
        .contains("Az igazgató (Mikolasek Zsófia) jóváhagyta a tervet")
        .contains("Hatályos: 2026. november 1.")
        .contains("Rendben.");
  }

  @Test
  void aRejectionReachesTheCoordinatorWithTheDirectorsComment() {
    ProcessInstance pi = atApproval(code("REJECT"), TITLE);
    List<ReceivedMail> toDirector =
        deliver().stream().filter(m -> m.user().equals("director")).toList();
    assertThat(toDirector)
        .extracting(ReceivedMail::subject)
        .containsExactly("Teendő: A tervváltozat jóváhagyása – " + TITLE);

    driver.decide(pi, DirectorDecision.REJECT, "A terv nem illeszkedik a stratégiához.", null);

    ReceivedMail rejected = to(deliver(), "coordinator");
    assertThat(rejected.subject())
        .isEqualTo("Elutasítva: " + TITLE + " – olvassa el az igazgató megjegyzését");
    assertThat(rejected.text()).contains("A terv nem illeszkedik a stratégiához.");
  }

  @Test
  void allStaffAreToldOfTheVersionInForceWithTheApprovedDocxAttachedAndLinked() {
    identity.setUserInfo("peter", Recipients.LANGUAGE_KEY, "uk");
    ProcessInstance pi = atApproval(code("FORCE"), TITLE);
    long id = driver.versionId(pi);
    driver.decide(pi, DirectorDecision.APPROVE, null, LocalDate.of(2026, 11, 1));
    deliver();

    reachDay(LocalDate.of(2026, 11, 1));
    assertThat(plans.version(id).status()).isEqualTo(VersionStatus.IN_FORCE);
    StoredDocument document =
        documents.approved(id).orElseThrow(() -> new AssertionError("no approved document"));

    List<ReceivedMail> announced = deliver();
    assertThat(announced)
        .extracting(ReceivedMail::user)
        .containsExactlyInAnyOrder(
            "admin",
            "anna",
            "aigerim",
            "auditor",
            "coordinator",
            "director",
            "jonas",
            "olena",
            "peter");
    for (ReceivedMail mail : announced) {
      assertThat(mail.attachments()).as("attachment to %s", mail.to()).hasSize(1);
      var attached = mail.attachments().entrySet().iterator().next();
      assertThat(attached.getKey()).endsWith(".docx");
      assertThat(attached.getValue()).isEqualTo(document.docx());
      assertThat(mail.html())
          .contains("href=\"" + BASE_URL + "/api/versions/" + id + "/document.docx\"");
    }
    ReceivedMail anna = to(announced, "anna");
    assertThat(anna.subject())
        .isEqualTo("Hatályba lépett: " + TITLE + ", 1.0 változat – kérjük, olvassa el");
    assertThat(anna.text()).contains("hatályos ettől a naptól: 2026. november 1.");
    assertThat(to(announced, "peter").subject())
        .isEqualTo("Набрала чинності: " + TITLE + ", версія 1.0 — будь ласка, прочитайте");
    assertThat(outbox.list(null, 100))
        .filteredOn(m -> m.kind() == MailKind.VERSION_IN_FORCE)
        .hasSize(9)
        .allMatch(m -> m.status() == MailStatus.SENT);
  }

  @Test
  void theCoordinatorIsRemindedBeforeTheReviewOfAVersionInForceAndThenGetsTheReviewTask() {
    ProcessInstance pi = atApproval(code("REVIEW"), TITLE);
    long id = driver.versionId(pi);
    driver.decide(pi, DirectorDecision.APPROVE, null, LocalDate.of(2026, 11, 1));
    reachDay(LocalDate.of(2026, 11, 1));
    deliver();

    // A communication plan is reviewed yearly; the reminder comes 14 days before.
    reachDay(LocalDate.of(2027, 10, 18));
    ReceivedMail reminder = to(deliver(), "coordinator");
    assertThat(reminder.subject())
        .isEqualTo(
            "Felülvizsgálat esedékes (2027. november 1.): ellenőrizze, hogy a terv ("
                + TITLE
                + ") érvényes-e még");
    assertThat(reminder.text())
        .contains("1.0 változat) időszakos felülvizsgálata esedékes: 2027. november 1.")
        .contains(BASE_URL + "/plans/versions/" + id);

    reachDay(LocalDate.of(2027, 11, 1));
    assertThat(deliver())
        .filteredOn(m -> m.user().equals("coordinator"))
        .extracting(ReceivedMail::subject)
        .containsExactly("Teendő: A hatályos terv felülvizsgálata – " + TITLE);
  }

  @Test
  void aTaskAssignedBySomeoneElseIsMailedToTheAssigneeButClaimingOneselfIsNot() {
    ProcessInstance pi =
        driver.startNewPlan("coordinator", code("ASSIGN"), TITLE, "COMMUNICATION_PLAN", "hu");
    driver.writeContent(pi, SeedPlans.kulsoKommunikacio());
    driver.draft(pi, List.of("events"), TODAY.plusDays(7));
    deliver();
    Task task = driver.departmentTask(pi, "events");

    driver.as("peter", () -> engine.getTaskService().claim(task.getId(), "peter"));
    assertThat(deliver()).as("claiming one's own task").isEmpty();

    driver.as("admin", () -> engine.getTaskService().setAssignee(task.getId(), "anna"));
    ReceivedMail assigned = to(deliver(), "anna");
    assertThat(assigned.subject())
        .isEqualTo("Önhöz rendelt feladat: Az osztály véleményének megadása – " + TITLE);
    assertThat(assigned.text())
        .contains("PlanDesk Administrator Önhöz rendelt egy feladatot")
        .contains(TASKLIST + task.getId());
  }

  @Test
  void aTaskOfAnotherProcessOnTheSameEngineGetsNoPlanDeskMail() {
    var model =
        Bpmn.createExecutableProcess("mail-test-process")
            .name("Shelf check")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("Task_CheckShelves")
            .name("Check the shelves")
            .camundaCandidateGroups("events")
            .endEvent()
            .done();
    String deployment =
        engine
            .getRepositoryService()
            .createDeployment()
            .addModelInstance("mail-test-process.bpmn", model)
            .deploy()
            .getId();
    int before = outbox.list(null, 500).size();
    try {
      var pi = engine.getRuntimeService().startProcessInstanceByKey("mail-test-process", "Shelf 7");
      String task =
          engine
              .getTaskService()
              .createTaskQuery()
              .processInstanceId(pi.getId())
              .singleResult()
              .getId();
      driver.as("admin", () -> engine.getTaskService().setAssignee(task, "peter"));

      assertThat(outbox.list(null, 500)).hasSize(before);
      assertThat(deliver()).isEmpty();
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment, true, true);
    }
  }

  @Test
  void aStepThatFailsLeavesNoMailBehind() {
    ProcessInstance pi = atApproval(code("ROLLBACK"), TITLE);
    deliver();
    int before = outbox.list(null, 500).size();

    assertThatThrownBy(() -> driver.decide(pi, DirectorDecision.REQUEST_CHANGES, "", null))
        .hasMessageContaining("comment");

    assertThat(outbox.list(null, 500)).hasSize(before);
    assertThat(deliver()).isEmpty();
  }

  @Test
  void aUserWithoutAnAddressIsSkippedAndTheOthersStillGetTheirMail() {
    User silent = identity.newUser("noaddress");
    silent.setFirstName("Nóra");
    silent.setLastName("Cím Nélkül");
    identity.saveUser(silent);
    identity.createMembership("noaddress", "events");
    try {
      ProcessInstance pi =
          driver.startNewPlan("coordinator", code("NOMAIL"), TITLE, "COMMUNICATION_PLAN", "hu");
      driver.writeContent(pi, SeedPlans.kulsoKommunikacio());
      deliver();

      driver.draft(pi, List.of("events"), TODAY.plusDays(7));

      assertThat(deliver()).extracting(ReceivedMail::user).containsExactly("peter");
      assertThat(driver.tasks(pi, PlanVersionProcess.GIVE_DEPARTMENT_INPUT)).hasSize(1);
    } finally {
      identity.deleteUser("noaddress");
    }
  }
}
