package org.plandesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.plandesk.SeedPlans;
import org.plandesk.plan.DepartmentInput;
import org.plandesk.plan.PlanContent;
import org.plandesk.plan.PlanContent.ActionItem;
import org.plandesk.plan.PlanContent.TargetGroup;
import org.plandesk.plan.PlanLanguage;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanVersion;
import org.plandesk.plan.VersionStatus;
import org.plandesk.plan.process.LifecycleDriver;
import org.plandesk.plan.process.PlanVersionProcess;
import org.plandesk.plan.process.PlanVersionVariables;
import org.plandesk.process.DirectorDecision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 7: the life of seed 000's external communication plan, told through the browser as the
 * library's staff live it. The coordinator starts the plan in Camunda's Tasklist, writes it in
 * PlanDesk's plan editor, asks two departments for input; the departments answer; an auditor looks
 * but cannot act; the director asks for changes, then approves, signing each decision with the
 * password typed into a masked field (issue 18); the effective date comes (the engine clock is
 * moved and the due jobs run in-process, no waiting); the version is in force; the auditor finds
 * the signature manifest (signer, meaning, SHA-256 of what was signed) on the version's integrity
 * check and in the audit trail; Anna finds the version to read and confirm on What's due and
 * confirms it, and the coordinator sees one more confirmation on the plan's page; the approved
 * document downloads from the version's page as stored; a second version (driven through the engine
 * API) supersedes it. Wrong input is refused where people type it, and nothing changes. The plan is
 * Hungarian, so once it exists its tasks are listed and their forms shown in Hungarian (issue 15);
 * the coordinator, who chose no language, starts it through the English start form.
 *
 * <p>The steps are ordered and share one application, one browser and the plan; when a step fails,
 * the browser's screenshot, page source and console go to {@code target/e2e/} and the later steps
 * are skipped (see {@link StoryBrowser}). Run with {@code -De2e.trace=true} to log every wait with
 * its duration.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("Tasklist story: seed 000's communication plan from request to version in force")
class TasklistStoryE2ETest {

  private static final String CODE = SeedPlans.KULSO_KOMM;
  private static final String TITLE = SeedPlans.KULSO_KOMM_TITLE;
  private static final PlanContent SEED = SeedPlans.kulsoKommunikacio();
  private static final ActionItem SEED_ACTION = SEED.actionItems().get(0);
  private static final String DIRECTOR_COMMENT =
      "Kérem, a Közösségi média célcsoport kerüljön a Kulturális társintézmények elé.";
  private static final String LENDING_COMMENT =
      "A hírlevelet havonta küldjük ki a regisztrált használóknak.";
  private static final String EVENTS_COMMENT =
      "A rendezvénynaptár kerüljön a honlap nyitóoldalára.";

  // The Hungarian plan's tasks, as the Tasklist lists them, and the link to the plan editor.
  private static final String DRAFT = "A tervváltozat megírása";
  private static final String GIVE_INPUT = "Az osztály véleményének megadása";
  private static final String CONSOLIDATE = "A vélemények beépítése a tervezetbe";
  private static final String APPROVE = "A tervváltozat jóváhagyása";
  private static final String PLAN_EDITOR = "tervszerkesztőben";
  private static final String SIGNATURE_PASSWORD = "Jelszó (az aláíráshoz)";

  @RegisterExtension static final StoryBrowser story = new StoryBrowser();

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired PlanService plans;

  private Browser browser;
  private Tasklist tasklist;
  private PlanDeskPages pages;
  private LifecycleDriver lifecycle;

  /** Today by the wall clock, which the browser's date picker also uses. */
  private final LocalDate today = LocalDate.now();

  private final LocalDate inputDeadline = today.plusDays(7);
  private final LocalDate effectiveDate = today.plusDays(14);

  private ProcessInstance process;
  private long versionId;

  @BeforeAll
  void openTheStory() {
    ClockUtil.reset();
    browser = story.at("http://localhost:" + port);
    tasklist = new Tasklist(browser, engine.getName());
    pages = new PlanDeskPages(browser);
    lifecycle = new LifecycleDriver(engine, plans);
  }

  @AfterAll
  void resetTheEngineClock() {
    ClockUtil.reset();
  }

  @BeforeEach
  void announce(TestInfo step) {
    System.out.println("e2e: " + java.time.LocalTime.now() + " " + step.getDisplayName());
  }

  @Test
  @Order(1)
  @DisplayName("1. The coordinator starts a new plan through the Tasklist's start form")
  void coordinatorStartsANewPlan() {
    tasklist.signIn("coordinator");

    assertThat(tasklist.brand()).startsWith("PlanDesk");
    assertThat(browser.driver.getTitle()).contains("PlanDesk");
    assertThat(browser.isShown(By.cssSelector(".ce-eol-banner")))
        .as("Camunda's end-of-life banner is hidden by PlanDesk's Tasklist styles")
        .isFalse();
    assertThat(tasklist.filters()).contains("My tasks", "Communication coordinator tasks");

    tasklist.openStartForm("Plan version lifecycle");
    tasklist.select("What is requested?", "A new plan");
    tasklist.type("Plan code", CODE);
    tasklist.type("Title", TITLE);
    tasklist.select("Type of plan", "Communication plan");
    tasklist.select("Language of the plan", "Hungarian");
    tasklist.start();
    tasklist.awaitNotification("The process has been started.");

    process =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(PlanVersionProcess.KEY)
            .processInstanceBusinessKey(CODE + " #1")
            .singleResult();
    assertThat(process).as("the plan-version process of %s", CODE).isNotNull();
    var overview = plans.overview(CODE);
    assertThat(overview.plan().title()).isEqualTo(TITLE);
    assertThat(overview.plan().language()).isEqualTo(PlanLanguage.hu);
    assertThat(overview.versions())
        .singleElement()
        .satisfies(v -> assertThat(v.status()).isEqualTo(VersionStatus.DRAFT))
        .satisfies(v -> assertThat(v.preparedByName()).isEqualTo("Márku Mónika"));
    versionId = overview.versions().get(0).id();

    browser.until("the new task is listed in Hungarian", d -> tasklist.taskNames().contains(DRAFT));
  }

  @Test
  @Order(2)
  @DisplayName("2. The coordinator follows the task's link and writes the draft in the plan editor")
  void coordinatorWritesTheDraftInThePlanEditor() {
    tasklist.openTask(DRAFT, task(PlanVersionProcess.DRAFT_VERSION).getId());
    assertThat(tasklist.formText())
        .contains(CODE + " — " + TITLE)
        .contains("Eddig: 0 stratégiai célkitűzés, 0 kommunikációs cél, 0 célcsoport, 0 feladat");
    tasklist.claim("Márku Mónika");
    tasklist.followLink(PLAN_EDITOR);
    pages.signInIfAsked("coordinator");
    pages.await(versionId);
    assertThat(pages.status()).isEqualTo("DRAFT");
    assertThat(pages.editable()).isTrue();
    assertThat(pages.shown("department-inputs"))
        .hasValueSatisfying(t -> assertThat(t).contains("No input yet."));

    pages.set("fileName", SeedPlans.KULSO_KOMM_FILE);
    pages.set("startingPoint", SEED.startingPoint());
    SEED.strategicGoals().forEach(g -> pages.addGoal("strategicGoal", g));
    SEED.communicationGoals().forEach(g -> pages.addGoal("communicationGoal", g));

    // Target groups: typed in a slightly wrong order with one row too many, then put right.
    List<TargetGroup> groups = SEED.targetGroups();
    pages.addTargetGroup(groups.get(0));
    pages.addTargetGroup(groups.get(1));
    pages.addTargetGroup(groups.get(2));
    pages.addTargetGroup(groups.get(4));
    var extra =
        pages.addTargetGroup(
            new TargetGroup(
                PlanContent.Tier.SECONDARY, "Sajtó", "Megbízható partner", "Sajtóközlemények"));
    pages.addTargetGroup(groups.get(3));
    pages.remove(extra);
    pages.moveDown(pages.rowWithName("tg", "tg.name", groups.get(4).name()));
    assertThat(pages.values("tg.name"))
        .containsExactlyElementsOf(groups.stream().map(TargetGroup::name).toList());

    // Action items: one real, one added by mistake and removed; the deadline typed wrongly first.
    pages.addActionItem(SEED_ACTION, "not a date");
    var mistaken = pages.addActionItem(new ActionItem("Törlendő sor", "", "", "", null), "");
    pages.remove(mistaken);
    pages.set("changeSummary", SEED.changeSummary());

    pages.save();
    assertThat(pages.problems())
        .as("the editor names the bad field and keeps the draft unsaved")
        .contains("Not saved")
        .contains("Action item 1 – Deadline: Not a date (YYYY-MM-DD): not a date");
    assertThat(pages.shown("saved-notice")).isEmpty();
    assertThat(pages.value("ai.deadline")).as("what was typed is kept").isEqualTo("not a date");
    assertThat(pages.value("startingPoint")).isEqualTo(SEED.startingPoint());
    assertThat(pages.values("strategicGoal")).containsExactlyElementsOf(SEED.strategicGoals());
    assertThat(pages.values("tg.name"))
        .containsExactlyElementsOf(groups.stream().map(TargetGroup::name).toList());
    assertThat(pages.values("tg.channels"))
        .containsExactlyElementsOf(groups.stream().map(TargetGroup::channels).toList());
    assertThat(plans.version(versionId).content())
        .as("nothing was saved")
        .isEqualTo(PlanContent.empty());

    LocalDate actionDeadline = today.plusMonths(4);
    pages.set("ai.deadline", actionDeadline.toString());
    pages.save();
    assertThat(pages.savedNotice()).isEqualTo("Saved.");
    assertThat(pages.shown("problems")).isEmpty();

    PlanVersion saved = plans.version(versionId);
    assertThat(saved.fileName()).isEqualTo(SeedPlans.KULSO_KOMM_FILE);
    assertThat(saved.content())
        .isEqualTo(
            new PlanContent(
                SEED.startingPoint(),
                SEED.strategicGoals(),
                SEED.communicationGoals(),
                SEED.targetGroups(),
                List.of(
                    new ActionItem(
                        SEED_ACTION.content(),
                        SEED_ACTION.place(),
                        SEED_ACTION.expectedResult(),
                        SEED_ACTION.responsible(),
                        actionDeadline)),
                List.of(),
                List.of(),
                SEED.changeSummary()));
  }

  @Test
  @Order(3)
  @DisplayName(
      "3. The drafting task refuses a missing deadline and one not after today, then asks lending and events")
  void coordinatorAsksTwoDepartmentsForInput() {
    Task draft = task(PlanVersionProcess.DRAFT_VERSION);
    tasklist.reopen();
    tasklist.openFilter("My tasks");
    tasklist.openTask(DRAFT, draft.getId());
    assertThat(tasklist.formText())
        .contains(
            "Eddig: 5 stratégiai célkitűzés, 3 kommunikációs cél, 5 célcsoport, 1 feladat, 0 monitoring eszköz, 0 stratégiai mutató.");
    assertThat(tasklist.options("Véleményezésre felkért osztályok"))
        .containsExactly(
            "Kölcsönzés és olvasószolgálat",
            "Gyermekkönyvtár",
            "Megyei hálózat és módszertan",
            "Rendezvények és kultúra",
            "Digitális szolgáltatások és honlap");
    tasklist.tick("Kölcsönzés és olvasószolgálat");
    tasklist.tick("Rendezvények és kultúra");

    // Required field left empty: form-js says so under the field, nothing is submitted.
    tasklist.complete();
    assertThat(tasklist.fieldError("Véleményezési határidő")).isEqualTo("Field is required.");
    assertStillOpen(draft);

    // A deadline the picker allows but PlanDesk's rule refuses (it must lie after today).
    tasklist.date("Véleményezési határidő", today);
    assertThat(tasklist.completeRefused())
        .contains(
            "The input deadline must lie after today ("
                + DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(Locale.ENGLISH)
                    .format(today)
                + ")");
    assertStillOpen(draft);

    tasklist.date("Véleményezési határidő", inputDeadline);
    tasklist.complete();
    awaitCompleted(draft);

    List<Task> inputTasks = tasks(PlanVersionProcess.GIVE_DEPARTMENT_INPUT);
    assertThat(inputTasks).hasSize(2);
    assertThat(inputTasks)
        .extracting(this::candidateGroup)
        .containsExactlyInAnyOrder("lending", "events");
    assertThat(
            engine
                .getRuntimeService()
                .getVariable(process.getId(), PlanVersionVariables.INPUT_DEADLINE.name()))
        .isEqualTo(inputDeadline.toString());
  }

  @Test
  @Order(4)
  @DisplayName(
      "4. Anna (lending) and Péter (events) give their input; Anna votes for priority groups")
  void departmentsGiveTheirInput() {
    tasklist.signIn("anna");
    assertThat(tasklist.filters()).contains("Lending and reader services tasks");
    tasklist.openFilter("Lending and reader services tasks");
    Task lending = departmentTask("lending");
    tasklist.openTask(GIVE_INPUT, lending.getId());
    assertThat(tasklist.formText())
        .contains("Kölcsönzés és olvasószolgálat véleménye a tervhez: " + CODE);
    tasklist.claim("Anna Lindqvist");
    tryToForgeTheRecordFromTheTasklist(lending);
    assertThat(tasklist.options("Szavazatai a kiemelt célcsoportokra"))
        .containsExactly(
            "Regisztrált használók (Elsődleges)",
            "Önkormányzat (fenntartó) (Elsődleges)",
            "Civil szervezetek (Elsődleges)",
            "Kulturális társintézmények (Másodlagos)",
            "Közösségi média (Másodlagos)");
    tasklist.type("Megjegyzések", LENDING_COMMENT);
    tasklist.type("Javasolt feladatok", "Havi hírlevél a beiratkozott olvasóknak");
    tasklist.tick("Regisztrált használók (Elsődleges)");
    tasklist.tick("Civil szervezetek (Elsődleges)");
    tasklist.complete();
    awaitCompleted(lending);

    tasklist.signIn("peter");
    tasklist.openFilter("Events and culture tasks");
    Task events = departmentTask("events");
    tasklist.openTask(GIVE_INPUT, events.getId());
    tasklist.claim("Péter Szabó");
    tasklist.type("Megjegyzések", EVENTS_COMMENT);
    tasklist.complete();
    awaitCompleted(events);

    assertThat(plans.inputs(versionId))
        .extracting(
            DepartmentInput::department,
            DepartmentInput::status,
            DepartmentInput::comments,
            DepartmentInput::priorityVotes)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "lending",
                DepartmentInput.Status.GIVEN,
                LENDING_COMMENT,
                List.of("Regisztrált használók", "Civil szervezetek")),
            org.assertj.core.groups.Tuple.tuple(
                "events", DepartmentInput.Status.GIVEN, EVENTS_COMMENT, List.of()));
    assertThat(task(PlanVersionProcess.CONSOLIDATE_DRAFT)).isNotNull();
  }

  /**
   * Anna, signed in to the Tasklist, sends what an attacker with the browser's developer tools
   * would: her own task's variables rewritten (the director's link, the plan's title), then her
   * form with another version and department. Each is refused with a message she can read, and
   * nothing changes (step 6 shows the director the true plan and link).
   */
  private void tryToForgeTheRecordFromTheTasklist(Task lending) {
    String api = "/camunda/api/engine/engine/" + engine.getName() + "/task/" + lending.getId();
    String rewrite =
        tasklistRequest(
            api + "/variables",
            "{\"modifications\":{\"editorUrl\":{\"value\":\"https://evil.example/login\"},\"planTitle\":{\"value\":\"Forged\"}}}");
    String foreignInput =
        tasklistRequest(
            api + "/submit-form",
            "{\"variables\":{\"inputComments\":{\"value\":\"x\"},\"versionId\":{\"value\":1,\"type\":\"Long\"},"
                + "\"department\":{\"value\":\"children\"}}}");

    assertThat(rewrite)
        .startsWith("403")
        .contains("Only the administrator may do this in PlanDesk.");
    assertThat(foreignInput).startsWith("400").contains("is not a field of this task's form");
    assertThat(plans.inputs(versionId)).isEmpty();
    assertThat(
            engine
                .getRuntimeService()
                .getVariable(process.getId(), PlanVersionVariables.PLAN_TITLE.name()))
        .isEqualTo(TITLE);
  }

  /** A POST from the Tasklist's page, with its session and CSRF token: "status message". */
  private String tasklistRequest(String path, String json) {
    return (String)
        browser.js(
            """
        var token = (document.cookie.match(/(?:^|; )XSRF-TOKEN=([^;]*)/) || [])[1];
        var request = new XMLHttpRequest();
        request.open('POST', arguments[0], false);
        request.setRequestHeader('Content-Type', 'application/json');
        request.setRequestHeader('Accept', 'application/json');
        if (token) { request.setRequestHeader('X-XSRF-TOKEN', decodeURIComponent(token)); }
        request.send(arguments[1]);
        return request.status + ' ' + request.responseText;""",
            path,
            json);
  }

  @Test
  @Order(5)
  @DisplayName("5. The auditor sees every task and the plan, but can neither claim nor complete")
  void auditorReadsButCannotWork() {
    Task consolidate = task(PlanVersionProcess.CONSOLIDATE_DRAFT);
    tasklist.signIn("auditor");
    assertThat(tasklist.filters()).contains("All tasks (read only)");
    tasklist.openFilter("All tasks (read only)");
    assertThat(tasklist.taskNames()).contains(CONSOLIDATE);
    tasklist.openTask(CONSOLIDATE, consolidate.getId());

    assertThat(tasklist.completeButton().isEnabled())
        .as("Complete is offered to no one before a claim")
        .isFalse();
    assertThat(tasklist.claimRefused())
        .contains("An error happened while claiming the task")
        .contains("Auditors read; they change nothing.");
    Task after =
        engine.getTaskService().createTaskQuery().taskId(consolidate.getId()).singleResult();
    assertThat(after).as("the task stays open").isNotNull();
    assertThat(after.getAssignee()).as("and unclaimed").isNull();

    // The editor link works in a form the auditor may only read (PlanDesk's Tasklist styles).
    tasklist.followLink(PLAN_EDITOR);
    pages.signInIfAsked("auditor");
    pages.await(versionId);
    assertThat(pages.editable()).isFalse();
    assertThat(pages.shown("read-only-notice"))
        .hasValueSatisfying(t -> assertThat(t).contains("Read only"));
    assertThat(pages.departmentInputs()).contains(LENDING_COMMENT).contains(EVENTS_COMMENT);

    assertThat(pages.registerRow(CODE))
        .containsEntry("Code", CODE)
        .containsEntry("Title", TITLE)
        .containsEntry("Type", "Communication plan")
        .containsEntry("Language", "Hungarian")
        .containsEntry("In force", "—");
    assertThat(pages.versions(CODE)).containsExactly("draft #1 DRAFT");
    assertThat(pages.openTasks()).contains(CONSOLIDATE);
  }

  @Test
  @Order(6)
  @DisplayName(
      "6. The coordinator sends the draft on; the director must give a comment to ask for changes")
  void directorRequestsChanges() {
    Task consolidate = task(PlanVersionProcess.CONSOLIDATE_DRAFT);
    tasklist.signIn("coordinator");
    tasklist.openFilter("Communication coordinator tasks");
    tasklist.openTask(CONSOLIDATE, consolidate.getId());
    assertThat(tasklist.formText()).doesNotContain("Az igazgató módosítást kért");
    tasklist.claim("Márku Mónika");
    tasklist.complete();
    awaitCompleted(consolidate);
    assertThat(plans.version(versionId).status()).isEqualTo(VersionStatus.IN_APPROVAL);

    Task approve = task(PlanVersionProcess.APPROVE_VERSION);
    tasklist.signIn("director");
    tasklist.openFilter("Director tasks");
    tasklist.openTask(APPROVE, approve.getId());
    // Step 4's forgery changed nothing: the true plan, and the link to the real editor.
    assertThat(tasklist.formText()).contains(CODE + " — " + TITLE).doesNotContain("Forged");
    assertThat(
            engine
                .getRuntimeService()
                .getVariable(process.getId(), PlanVersionVariables.EDITOR_URL.name()))
        .isEqualTo("/plans/versions/" + versionId);
    assertThat(browser.visible(By.linkText("A változat elolvasása")).getAttribute("href"))
        .isEqualTo("http://localhost:" + port + "/plans/versions/" + versionId);
    tasklist.claim("Mikolasek Zsófia");
    tasklist.tick("Módosítást kérek");
    assertThat(
            browser.isShown(
                By.xpath("//label[starts-with(normalize-space(.), 'A hatálybalépés dátuma')]")))
        .as("the effective date is asked only to approve")
        .isFalse();
    assertThat(tasklist.completeRefused()).contains("A comment saying what to change is required");
    assertStillOpen(approve);
    assertThat(plans.version(versionId).status()).isEqualTo(VersionStatus.IN_APPROVAL);

    tasklist.type("Megjegyzés (módosítás kéréséhez és elutasításhoz kötelező)", DIRECTOR_COMMENT);
    tasklist.complete();
    awaitCompleted(approve);
    assertThat(plans.version(versionId).status()).isEqualTo(VersionStatus.DRAFT);
  }

  @Test
  @Order(7)
  @DisplayName(
      "7. The coordinator reads the comment and the input, reorders the groups; the director signs the approval with the password")
  void coordinatorActsOnTheCommentAndDirectorApproves() {
    Task consolidate = task(PlanVersionProcess.CONSOLIDATE_DRAFT);
    tasklist.signIn("coordinator");
    tasklist.openFilter("Communication coordinator tasks");
    tasklist.openTask(CONSOLIDATE, consolidate.getId());
    assertThat(tasklist.formText()).contains("Az igazgató módosítást kért: " + DIRECTOR_COMMENT);
    tasklist.claim("Márku Mónika");
    tasklist.followLink(PLAN_EDITOR);
    pages.signInIfAsked("coordinator");
    pages.await(versionId);
    assertThat(pages.shown("director-comment"))
        .hasValueSatisfying(t -> assertThat(t).contains(DIRECTOR_COMMENT));
    assertThat(pages.departmentInputs())
        .contains("Lending and reader services")
        .contains(LENDING_COMMENT)
        .contains("Votes: Regisztrált használók, Civil szervezetek")
        .contains("Events and culture")
        .contains(EVENTS_COMMENT);
    pages.moveUp(pages.rowWithName("tg", "tg.name", "Közösségi média"));
    pages.set(
        "changeSummary",
        "Első változat. A közösségi média a kulturális társintézmények elé került.");
    pages.save();
    assertThat(pages.savedNotice()).isEqualTo("Saved.");
    assertThat(plans.version(versionId).content().targetGroups())
        .extracting(TargetGroup::name)
        .containsExactly(
            "Regisztrált használók",
            "Önkormányzat (fenntartó)",
            "Civil szervezetek",
            "Közösségi média",
            "Kulturális társintézmények");

    tasklist.reopen();
    tasklist.openFilter("Communication coordinator tasks");
    tasklist.openTask(CONSOLIDATE, consolidate.getId());
    tasklist.complete();
    awaitCompleted(consolidate);

    Task approve = task(PlanVersionProcess.APPROVE_VERSION);
    tasklist.signIn("director");
    tasklist.openFilter("Director tasks");
    tasklist.openTask(APPROVE, approve.getId());
    tasklist.claim("Mikolasek Zsófia");
    tasklist.tick("Jóváhagyom");
    // Issue 18: the director signs the approval by typing the password into a masked field.
    assertThat(tasklist.formText())
        .contains("Elektronikus aláírás.")
        .contains("jóváhagyva, módosítás kérve vagy elutasítva")
        .contains("SHA-256");
    browser.until(
        "the password field is masked (plandesk-signing.js)",
        d ->
            "password"
                .equals(
                    d.findElement(By.cssSelector(Tasklist.PASSWORD_FIELD)).getAttribute("type")));
    tasklist.type(SIGNATURE_PASSWORD, "demo");
    assertThat(browser.visible(By.cssSelector(Tasklist.PASSWORD_FIELD)).getAttribute("type"))
        .as("what was typed stays masked")
        .isEqualTo("password");
    tasklist.complete();
    assertThat(tasklist.fieldError("A hatálybalépés dátuma"))
        .as("an approval needs its effective date")
        .isEqualTo("Field is required.");
    assertStillOpen(approve);
    tasklist.date("A hatálybalépés dátuma", effectiveDate);
    tasklist.complete();
    awaitCompleted(approve);

    PlanVersion approved = plans.version(versionId);
    assertThat(approved.status()).isEqualTo(VersionStatus.APPROVED);
    assertThat(approved.versionNumber()).isEqualTo("1.0");
    assertThat(approved.approvedByName()).isEqualTo("Mikolasek Zsófia");
    assertThat(approved.approvalDate()).isEqualTo(today);
    assertThat(approved.effectiveDate()).isEqualTo(effectiveDate);
  }

  @Test
  @Order(8)
  @DisplayName(
      "8. On the effective date the version is in force, and all staff are asked to read it")
  void versionEntersIntoForce() {
    pages.signIn("auditor");
    assertThat(pages.registerRow(CODE))
        .containsEntry("In force", "—")
        .containsEntry("Effective", "—");
    assertThat(pages.versions(CODE)).containsExactly("1.0 APPROVED");
    assertThat(browser.isShown(By.id("acknowledgements")))
        .as("nobody is asked to read a version not yet in force")
        .isFalse();

    reachDay(effectiveDate.minusDays(1));
    assertThat(plans.version(versionId).status())
        .as("not before its date")
        .isEqualTo(VersionStatus.APPROVED);
    reachDay(effectiveDate);
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(process.getId())
                .count())
        .as("the first version's lifecycle has ended")
        .isZero();
    assertThat(pages.registerRow(CODE))
        .containsEntry("In force", "1.0")
        .containsEntry("Effective", day(effectiveDate));
    assertThat(pages.versions(CODE)).containsExactly("1.0 IN_FORCE");
  }

  @Test
  @Order(9)
  @DisplayName(
      "9. The auditor finds the director's signature: signer, meaning and SHA-256, verified, and in the audit trail")
  void auditorFindsTheSignatureManifest() {
    pages.signIn("auditor");
    assertThat(pages.versions(CODE)).containsExactly("1.0 IN_FORCE");
    browser.click(
        By.xpath(
            "//table[@id='versions']//tr[td[1][normalize-space(.)='1.0']]"
                + "//a[contains(@href,'/integrity')]"));
    browser.until(
        "the integrity check of version 1.0",
        d -> d.getCurrentUrl().endsWith("/plans/versions/" + versionId + "/integrity"));
    assertThat(browser.visible(By.id("integrity-result")).getText())
        .isEqualTo("Intact: the stored document matches its recorded SHA-256.");
    List<java.util.Map<String, String>> signatures = signatureRows();
    assertThat(signatures)
        .as("the request for changes (step 6) and the approval, each signed")
        .extracting(r -> r.get("Signer"), r -> r.get("Role"), r -> r.get("Meaning"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Mikolasek Zsófia", "Director", "changes requested"),
            org.assertj.core.groups.Tuple.tuple("Mikolasek Zsófia", "Director", "approved"));
    var approval = signatures.get(1);
    assertThat(approval.get("Check")).isEqualTo("verified: the manifest and the content match");
    assertThat(approval.get("Signed at")).startsWith(today.toString());
    String contentSha256 = approval.get("SHA-256 of the signed content");
    assertThat(contentSha256).matches("[0-9a-f]{64}");

    pages.versions(CODE);
    browser.click(By.id("audit-link"));
    browser.until("the audit trail", d -> d.getCurrentUrl().endsWith("/audit"));
    assertThat(browser.visible(By.tagName("main")).getText())
        .as("the audit trail says who signed what, and the hash of what was signed")
        .contains("Signed electronically as Director: approved")
        .contains("Signed electronically as Director: changes requested")
        .contains("Signature manifest: content SHA-256 " + contentSha256);
  }

  /** The rows of the integrity page's signature table, each cell under its column's heading. */
  private List<java.util.Map<String, String>> signatureRows() {
    WebElement table = browser.visible(By.id("signatures"));
    List<String> headings =
        table.findElements(By.xpath(".//tr[th[@scope='col']]/th")).stream()
            .map(th -> th.getText().strip())
            .toList();
    List<java.util.Map<String, String>> rows = new java.util.ArrayList<>();
    for (WebElement tr : table.findElements(By.xpath(".//tr[td]"))) {
      List<WebElement> cells = tr.findElements(By.tagName("td"));
      java.util.Map<String, String> row = new java.util.LinkedHashMap<>();
      for (int i = 0; i < cells.size() && i < headings.size(); i++) {
        row.put(headings.get(i), cells.get(i).getText().strip());
      }
      rows.add(row);
    }
    return rows;
  }

  @Test
  @Order(10)
  @DisplayName(
      "10. Anna finds the version to confirm on What's due and confirms it; the coordinator sees one more")
  void aMemberOfStaffConfirmsTheVersionInForce() {
    pages.signIn("coordinator");
    pages.versions(CODE);
    assertThat(browser.visible(By.id("ack-audience")).getText())
        .isEqualTo("Asked: all staff of the library");
    int[] before = confirmedOf(browser.visible(By.id("ack-summary")).getText());
    assertThat(before[0]).as("nobody has confirmed yet").isZero();
    assertThat(before[1]).as("all staff are asked").isGreaterThan(2);
    assertThat(missing()).contains("Anna Lindqvist").hasSize(before[1]);

    pages.signIn("anna");
    browser.get("/");
    WebElement item =
        browser.visible(
            By.xpath(
                "//table[@id='due-list']//tr[td[contains(@class,'kind')]"
                    + "[normalize-space(.)='Read and confirm']]"
                    + "//a[contains(@href,'/acknowledge/"
                    + versionId
                    + "')]"));
    assertThat(item.getText()).isEqualTo(CODE + " — " + TITLE);
    assertThat(item.findElement(By.xpath("ancestor::tr")).getText())
        .contains("Version 1.0 in force");
    browser.click(item);
    browser.until(
        "the page to read and confirm version 1.0",
        d -> d.getCurrentUrl().endsWith("/acknowledge/" + versionId));
    assertThat(browser.visible(By.id("ack-intro")).getText())
        .isEqualTo(
            "Version 1.0 is in force from "
                + day(effectiveDate)
                + ". You are asked to read it and confirm that you have read it.");
    assertThat(browser.visible(By.id("ack-version-link")).getAttribute("href"))
        .endsWith("/plans/versions/" + versionId);
    browser.click(By.id("ack-button"));
    assertThat(browser.visible(By.id("ack-just-confirmed")).getText())
        .isEqualTo("Thank you: your confirmation is recorded.");
    assertThat(browser.visible(By.id("ack-confirmed")).getText())
        .startsWith("You confirmed that you read this version on ");
    assertThat(browser.isShown(By.id("ack-button"))).as("a confirmation is final").isFalse();
    browser.get("/");
    browser.visible(By.tagName("main"));
    assertThat(browser.all(By.cssSelector("#due-list a[href$='/acknowledge/" + versionId + "']")))
        .as("no longer due")
        .isEmpty();

    pages.signIn("coordinator");
    pages.versions(CODE);
    assertThat(browser.visible(By.id("ack-summary")).getText())
        .isEqualTo("Version 1.0: " + (before[0] + 1) + " of " + before[1] + " confirmed");
    assertThat(missing()).doesNotContain("Anna Lindqvist").hasSize(before[1] - 1);
  }

  /** "Version 1.0: 3 of 7 confirmed" on a plan's page as {3, 7}. */
  private static int[] confirmedOf(String summary) {
    var m = java.util.regex.Pattern.compile(": (\\d+) of (\\d+) confirmed$").matcher(summary);
    assertThat(m.find()).as("the acknowledgement summary '%s'", summary).isTrue();
    return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
  }

  /** The names of those asked who have not confirmed, as the plan's page lists them. */
  private List<String> missing() {
    return browser.all(By.cssSelector("#ack-missing tr.ack-missing td:first-child")).stream()
        .map(td -> td.getText().strip())
        .toList();
  }

  @Test
  @Order(12)
  @DisplayName("12. A second version supersedes the first; what was left to confirm of it closes")
  void theNextVersionSupersedesTheFirst() {
    pages.signIn("auditor");
    // The second version's lifecycle through the engine API, as the same people.
    ProcessInstance second = lifecycle.startNewVersion("coordinator", CODE);
    long secondId = lifecycle.versionId(second);
    assertThat(plans.version(secondId).content().targetGroups())
        .as("a new version starts from the content in force")
        .isEqualTo(plans.version(versionId).content().targetGroups());
    lifecycle.draft(second, List.of(), effectiveDate.plusDays(10));
    lifecycle.consolidate(second);
    LocalDate secondEffective = effectiveDate.plusDays(30);
    lifecycle.decide(second, DirectorDecision.APPROVE, "Frissítve.", secondEffective);
    reachDay(secondEffective);

    assertThat(pages.registerRow(CODE))
        .containsEntry("In force", "2.0")
        .containsEntry("Effective", day(secondEffective));
    assertThat(pages.versions(CODE)).containsExactlyInAnyOrder("1.0 SUPERSEDED", "2.0 IN_FORCE");
    browser.click(By.xpath("//table[@id='versions']//a[normalize-space(.)='1.0']"));
    pages.await(versionId);
    assertThat(pages.status()).isEqualTo("SUPERSEDED");
    assertThat(pages.editable()).isFalse();
    assertThat(pages.shown("read-only-notice"))
        .hasValueSatisfying(t -> assertThat(t).contains("Superseded"));

    // Péter never confirmed 1.0: its round closed with it, and What's due asks for 2.0 instead.
    pages.signIn("peter");
    browser.get("/");
    browser.visible(By.cssSelector("#due-list a[href$='/acknowledge/" + secondId + "']"));
    assertThat(browser.all(By.cssSelector("#due-list a[href$='/acknowledge/" + versionId + "']")))
        .as("the superseded version is no longer to confirm")
        .isEmpty();
    browser.get("/acknowledge/" + versionId);
    assertThat(browser.visible(By.id("ack-closed")).getText())
        .isEqualTo("This version is no longer in force, so it can no longer be confirmed.");
    assertThat(browser.isShown(By.id("ack-button"))).isFalse();
  }

  @Test
  @Order(11)
  @DisplayName("11. The version in force downloads from its page, as stored (SHA-256)")
  // While in force, so the download is byte for byte the stored document (a superseded version
  // downloads as a copy marked SUPERSEDED, issue 18). The link leads to
  // /api/versions/{id}/document.docx: a browser signed in to PlanDesk's pages must be let in there
  // with its session (it got HTTP 401 while /api took HTTP Basic only).
  void approvedDocumentDownloadsFromTheVersionPage() throws Exception {
    pages.open(versionId);
    pages.await(versionId);
    WebElement link = browser.visible(By.id("download-docx"));
    String fileName = link.getText().strip();
    String shownHash = browser.visible(By.cssSelector("#documents code")).getText().strip();
    assertThat(fileName).isEqualTo(SeedPlans.KULSO_KOMM_FILE + ".docx");

    browser.click(link);
    Path file = browser.awaitDownload();

    assertThat(file.getFileName().toString()).isEqualTo(fileName);
    byte[] docx = Files.readAllBytes(file);
    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(docx)))
        .as("the download is the stored document")
        .isEqualTo(shownHash);
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      List<String> parts = new java.util.ArrayList<>();
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        parts.add(entry.getName());
      }
      assertThat(parts).as("a Word document").contains("word/document.xml", "[Content_Types].xml");
    }
  }

  // ---- Engine look-ups ---------------------------------------------------------------------

  private Task task(String key) {
    List<Task> open = tasks(key);
    assertThat(open).as("open task %s", key).hasSize(1);
    return open.get(0);
  }

  private List<Task> tasks(String key) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(process.getId())
        .taskDefinitionKey(key)
        .list();
  }

  @Test
  @Order(13)
  @DisplayName("13. One sign-in for PlanDesk and the Tasklist; signing out of either ends both")
  void oneSignInForPagesAndTasklist() {
    pages.signIn("director");
    tasklist.reopen();
    assertThat(tasklist.account())
        .as("the Tasklist asks no second sign-in")
        .isEqualTo("Mikolasek Zsófia");

    tasklist.signOut();
    browser.get("/plans");
    assertThat(browser.path()).as("PlanDesk's pages are signed out too").startsWith("/login");

    pages.signInIfAsked("coordinator");
    tasklist.reopen();
    assertThat(tasklist.account()).isEqualTo("Márku Mónika");
    browser.get("/plans");
    pages.signOut();
    browser.get("/camunda/app/tasklist/" + engine.getName() + "/");
    browser.until(
        "the Tasklist sends a signed-out browser to PlanDesk's sign-in",
        d -> d.getCurrentUrl().contains("/login"));
  }

  private Task departmentTask(String department) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(process.getId())
        .taskDefinitionKey(PlanVersionProcess.GIVE_DEPARTMENT_INPUT)
        .taskCandidateGroup(department)
        .singleResult();
  }

  private String candidateGroup(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> l.getGroupId() != null)
        .map(l -> l.getGroupId())
        .findFirst()
        .orElse(null);
  }

  private void assertStillOpen(Task task) {
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count())
        .as("task '%s' is still open", task.getName())
        .isEqualTo(1);
  }

  /** Waits until the engine has completed the task, then until the Tasklist no longer lists it. */
  private void awaitCompleted(Task task) {
    browser.until(
        "task '" + task.getName() + "' is completed",
        d -> engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 0);
    browser.until(
        "the Tasklist no longer lists task '" + task.getName() + "'",
        d ->
            d.findElements(By.cssSelector("ol.tasks-list a[href*='task=" + task.getId() + "']"))
                .isEmpty());
  }

  /** A day as PlanDesk's English pages write it (the browser asks for English). */
  private static String day(LocalDate day) {
    return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
        .withLocale(java.util.Locale.ENGLISH)
        .format(day);
  }

  /** Moves the engine clock to the day and runs every job due by then, until none is left. */
  private void reachDay(LocalDate day) {
    for (int round = 0; lifecycle.reachDay(day) > 0; round++) {
      assertThat(round).as("jobs keep becoming due on %s", day).isLessThan(10);
    }
  }
}
