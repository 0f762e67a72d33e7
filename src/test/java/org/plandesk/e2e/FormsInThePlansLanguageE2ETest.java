package org.plandesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plandesk.SeedPlans;
import org.plandesk.grant.GrantDriver;
import org.plandesk.grant.process.GrantRequestProcess;
import org.plandesk.grant.process.GrantRequestVariables;
import org.plandesk.plan.DepartmentInput;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.process.LifecycleDriver;
import org.plandesk.plan.process.PlanVersionProcess;
import org.plandesk.plan.process.PlanVersionVariables;
import org.plandesk.process.DirectorDecision;
import org.plandesk.review.process.PlanReviewPort;
import org.plandesk.review.process.PlanReviewProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 15, in the real Tasklist (headless Chromium): a task of a Hungarian plan opens its
 * Hungarian Camunda Form under its Hungarian name, a Lithuanian plan's task its Lithuanian one (and
 * the department completes it), and the start form speaks the signed-in user's language. No label
 * of the English forms is left. For Hungarian and Ukrainian users and plans, nothing English is
 * left around the forms either: the texts PlanDesk puts in variables (summaries, options, the
 * department), form-js's own messages and the date field's order, the filters' and processes'
 * names. Screenshots of each form go to {@code target/e2e/languages/}.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("The Tasklist's forms and task names in the plan's language")
class FormsInThePlansLanguageE2ETest {

  private static final Path SCREENSHOTS = StoryBrowser.ARTIFACTS.resolve("languages");
  private static final String COORDINATOR_TASKS = "Communication coordinator tasks";

  @RegisterExtension static final StoryBrowser story = new StoryBrowser();

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired PlanService plans;
  @Autowired PlanReviewPort reviews;

  private Browser browser;
  private Tasklist tasklist;
  private LifecycleDriver lifecycle;
  private final LocalDate today = LocalDate.now();

  @BeforeAll
  void open() {
    ClockUtil.reset();
    browser = story.at("http://localhost:" + port);
    tasklist = new Tasklist(browser, engine.getName());
    lifecycle = new LifecycleDriver(engine, plans);
  }

  @AfterAll
  void forgetTheLanguageChosen() {
    for (String user : List.of("coordinator", "anna", "director")) {
      engine.getIdentityService().deleteUserInfo(user, "language");
    }
    ClockUtil.reset();
  }

  @Test
  @Order(1)
  @DisplayName("1. The coordinator opens the drafting task of a Hungarian plan: all Hungarian")
  void aHungarianPlansTaskIsHungarian() {
    ProcessInstance plan =
        lifecycle.startNewPlan(
            "coordinator", "NYELV-1", "Külső kommunikációs terv", "COMMUNICATION_PLAN", "hu");
    Task draft = lifecycle.task(plan, PlanVersionProcess.DRAFT_VERSION);

    tasklist.signIn("coordinator");
    tasklist.openFilter(COORDINATOR_TASKS);
    assertThat(tasklist.taskNames()).contains("A tervváltozat megírása");
    tasklist.openTask("A tervváltozat megírása", draft.getId());
    browser.dump(SCREENSHOTS, "hu-draft-version");

    assertThat(tasklist.formText())
        .contains("NYELV-1 — Külső kommunikációs terv")
        .contains("A terv tartalmát a tervszerkesztőben írja meg")
        .contains("Véleményezési határidő")
        .doesNotContain("plan editor")
        .doesNotContain("Input deadline")
        .doesNotContain("Departments to ask for input");
    assertThat(tasklist.options("Véleményezésre felkért osztályok"))
        .as("the departments to choose from")
        .hasSize(5);
  }

  @Test
  @Order(2)
  @DisplayName("2. Anna gives her department's input to a Lithuanian plan in Lithuanian")
  void aLithuanianPlansTaskIsLithuanianAndCompletes() {
    ProcessInstance plan =
        lifecycle.startNewPlan(
            "coordinator", "KALBA-2", "Komunikacijos planas", "COMMUNICATION_PLAN", "lt");
    lifecycle.draft(plan, List.of("lending"), today.plusDays(7));
    Task input = lifecycle.departmentTask(plan, "lending");

    tasklist.signIn("anna");
    tasklist.openFilter("Lending and reader services tasks");
    tasklist.openTask("Pateikti skyriaus nuomonę", input.getId());
    browser.dump(SCREENSHOTS, "lt-department-input");
    assertThat(tasklist.formText())
        .contains("KALBA-2 — Komunikacijos planas")
        .contains("Skaityti projektą")
        .contains("Jūsų balsai už prioritetines tikslines grupes")
        .doesNotContain("Read the draft")
        .doesNotContain("Proposed actions")
        .doesNotContain("Comments");

    tasklist.claim("Anna Lindqvist");
    tasklist.type("Komentarai", "Naujienlaiškį siųsime kas mėnesį.");
    tasklist.type("Siūlomi veiksmai", "Mėnesinis naujienlaiškis skaitytojams");
    tasklist.complete();
    browser.until(
        "the input is recorded",
        d ->
            plans.inputs(lifecycle.versionId(plan)).stream()
                .anyMatch(i -> i.status() == DepartmentInput.Status.GIVEN));
    assertThat(plans.inputs(lifecycle.versionId(plan)))
        .singleElement()
        .satisfies(i -> assertThat(i.comments()).isEqualTo("Naujienlaiškį siųsime kas mėnesį."));
  }

  @Test
  @Order(3)
  @DisplayName("3. A coordinator who chose Swedish starts a plan through the Swedish start form")
  void theStartFormIsInTheSignedInUsersLanguage() {
    engine.getIdentityService().setUserInfo("coordinator", "language", "sv");
    tasklist.signIn("coordinator");
    // The process and the filters by their Swedish names: the user's language (issue 15).
    tasklist.openStartForm("Planversionens livscykel");
    browser.dump(SCREENSHOTS, "sv-start-plan-version");
    assertThat(browser.visible(org.openqa.selenium.By.cssSelector(".modal-dialog form")).getText())
        .contains("Begär en ny planversion")
        .doesNotContain("Request a new plan version")
        .doesNotContain("What is requested?");

    tasklist.select("Vad begärs?", "En ny plan");
    tasklist.type("Plankod", "SPRAK-3");
    tasklist.type("Titel", "Kommunikationsplan 2027");
    tasklist.select("Typ av plan", "Kommunikationsplan");
    tasklist.select("Planens språk", "Svenska");
    tasklist.start();
    // Not the Tasklist's notification: its words follow the user's language too (issue 15).
    browser.until(
        "the Swedish plan is stored",
        d -> plans.plans().stream().anyMatch(p -> p.code().equals("SPRAK-3")));
    assertThat(plans.overview("SPRAK-3").plan().language().name()).isEqualTo("sv");
    tasklist.reopen();
    tasklist.openFilter("Kommunikationssamordnare – uppgifter");
    browser.until(
        "the Swedish plan's task is listed by its Swedish name",
        d -> tasklist.taskNames().contains("Skriv planversionen"));
  }

  @Test
  @Order(4)
  @DisplayName(
      "4. A Hungarian coordinator: filters, processes, the draft's texts, form-js's words and the"
          + " date field in Hungarian")
  void aHungarianCoordinatorWorksInHungarianThroughout() {
    language("coordinator", "hu");
    ProcessInstance plan =
        lifecycle.startNewPlan(
            "coordinator", "NYELV-4", "Olvasásnépszerűsítési terv", "COMMUNICATION_PLAN", "hu");
    lifecycle.writeContent(plan, SeedPlans.kulsoKommunikacio());
    Task draft = lifecycle.task(plan, PlanVersionProcess.DRAFT_VERSION);

    tasklist.signIn("coordinator");
    assertThat(tasklist.filters())
        .contains("Saját feladataim", "Kommunikációs koordinátor – feladatok")
        .doesNotContain("My tasks", COORDINATOR_TASKS);
    assertThat(tasklist.startableProcesses())
        .contains("Tervváltozat életciklusa", "Pályázat vagy forrásteremtési kérelem")
        .doesNotContain("Plan version lifecycle", "Grant or fundraising request");
    tasklist.openFilter("Kommunikációs koordinátor – feladatok");
    assertThat(tasklist.processNames())
        .contains("Tervváltozat életciklusa")
        .doesNotContain("Plan version lifecycle");
    browser.dump(SCREENSHOTS, "hu-task-list");

    tasklist.openTask("A tervváltozat megírása", draft.getId());
    tasklist.claim("Márku Mónika");
    assertThat(tasklist.placeholder("Véleményezési határidő"))
        .as("the date field shows the Hungarian order of a day")
        .isEqualTo("éééé. hh. nn.");
    tasklist.complete();
    assertThat(tasklist.fieldError("Véleményezési határidő"))
        .isEqualTo("A mező kitöltése kötelező.");
    browser.dump(SCREENSHOTS, "hu-draft-version-required");
    assertInTheLanguage(tasklist.formText(), "draft-version");
    assertThat(tasklist.formText())
        .contains("Eddig: 0 stratégiai célkitűzés, 0 kommunikációs cél, 0 célcsoport");
    assertThat(tasklist.options("Véleményezésre felkért osztályok"))
        .contains("Kölcsönzés és olvasószolgálat", "Rendezvények és kultúra");

    // The calendar offers the months from today on, named in Hungarian.
    assertThat(tasklist.calendarMonths("Véleményezési határidő"))
        .as("the calendar names the months in Hungarian")
        .contains(
            today
                .getMonth()
                .getDisplayName(
                    java.time.format.TextStyle.FULL_STANDALONE,
                    java.util.Locale.forLanguageTag("hu")))
        .doesNotContain(
            today
                .getMonth()
                .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH));
    tasklist.tick("Kölcsönzés és olvasószolgálat");
    LocalDate deadline = today.plusDays(7);
    tasklist.date("Véleményezési határidő", deadline);
    assertThat(tasklist.value("Véleményezési határidő"))
        .as("typed and shown as Hungarian writes a day")
        .isEqualTo(
            String.format(
                "%d. %02d. %02d.",
                deadline.getYear(), deadline.getMonthValue(), deadline.getDayOfMonth()));
    tasklist.complete();
    browser.until(
        "the lending department is asked",
        d -> lifecycle.tasks(plan, PlanVersionProcess.GIVE_DEPARTMENT_INPUT).size() == 1);
    assertThat(
            engine
                .getRuntimeService()
                .getVariable(plan.getId(), PlanVersionVariables.INPUT_DEADLINE.name()))
        .as("the Hungarian date is read back as the same day")
        .isEqualTo(deadline.toString());
  }

  @Test
  @Order(5)
  @DisplayName(
      "5. Anna gives her input and the director approves, both in Hungarian: the department, the"
          + " target groups' tiers, the select and the date field")
  void theHungarianDepartmentInputAndApprovalAreHungarian() {
    ProcessInstance plan = planOf("NYELV-4");
    Task input = lifecycle.departmentTask(plan, "lending");
    language("anna", "hu");
    tasklist.signIn("anna");
    tasklist.openFilter("Kölcsönzés és olvasószolgálat – feladatok");
    tasklist.openTask("Az osztály véleményének megadása", input.getId());
    browser.dump(SCREENSHOTS, "hu-department-input");
    assertInTheLanguage(tasklist.formText(), "department-input");
    assertThat(tasklist.formText())
        .contains("Kölcsönzés és olvasószolgálat véleménye a tervhez: NYELV-4");
    assertThat(tasklist.options("Szavazatai a kiemelt célcsoportokra"))
        .contains("Regisztrált használók (Elsődleges)", "Közösségi média (Másodlagos)");

    lifecycle.giveInput("anna", plan, "lending", "Rendben.", List.of());
    lifecycle.consolidate(plan);
    Task approval = lifecycle.task(plan, PlanVersionProcess.APPROVE_VERSION);
    language("director", "hu");
    tasklist.signIn("director");
    tasklist.openFilter("Igazgató – feladatok");
    tasklist.openTask("A tervváltozat jóváhagyása", approval.getId());
    tasklist.claim("Mikolasek");
    tasklist.tick("Jóváhagyom");
    assertThat(tasklist.placeholder("A hatálybalépés dátuma")).isEqualTo("éééé. hh. nn.");
    tasklist.complete();
    assertThat(tasklist.fieldError("A hatálybalépés dátuma"))
        .isEqualTo("A mező kitöltése kötelező.");
    browser.dump(SCREENSHOTS, "hu-approve-version-required");
    assertInTheLanguage(tasklist.formText(), "approve-version");
  }

  @Test
  @Order(6)
  @DisplayName(
      "6. A Ukrainian plan: the director approves its grant request and the coordinator records a"
          + " monitoring result, both in Ukrainian")
  void aUkrainianPlansGrantAndMonitoringAreUkrainian() {
    ProcessInstance plan =
        lifecycle.startNewPlan(
            "coordinator", "MOVA-6", "Програма розвитку бібліотек", "DEVELOPMENT_PROGRAMME", "uk");
    lifecycle.writeContent(plan, SeedPlans.lutskProgramme());
    lifecycle.draft(plan, List.of(), today.plusDays(3));
    lifecycle.consolidate(plan);
    lifecycle.decide(plan, DirectorDecision.APPROVE, null, today);
    lifecycle.reachDay(today);
    try {
      Map<String, Object> form =
          GrantDriver.requestForm("Простір громадських ініціатив", today.plusDays(30));
      form.put(GrantRequestVariables.PLAN_CODE.name(), "MOVA-6");
      ProcessInstance grant = new GrantDriver(engine, lifecycle).prepare("coordinator", form);
      Task approveGrant = lifecycle.task(grant, GrantRequestProcess.APPROVE_REQUEST);

      language("director", "uk");
      tasklist.signIn("director");
      assertThat(tasklist.filters()).contains("Мої завдання", "Директор: завдання");
      tasklist.openFilter("Директор: завдання");
      assertThat(tasklist.processNames())
          .contains("Заявка на грант або залучення коштів")
          .doesNotContain("Grant or fundraising request");
      tasklist.openTask("Затвердити заявку", approveGrant.getId());
      browser.dump(SCREENSHOTS, "uk-approve-grant-request");
      assertInTheLanguage(tasklist.formText(), "approve-grant-request");
      assertThat(tasklist.formText())
          .contains("Грантодавець: House of Europe")
          // The page text shows the no-break spaces as spaces.
          .contains("Запитувана сума: 12 500,50 EUR (власний внесок 0,00 EUR)")
          .contains("Термін подання грантодавцю: " + ukrainianDay(today.plusDays(30)))
          .contains("Стосується плану: MOVA-6");

      // A year on, every yearly monitoring instrument is due.
      lifecycle.reachDay(today.plusYears(1));
      ProcessInstance review = reviews.reviewOf(lifecycle.versionId(plan)).orElseThrow();
      Task monitoring = lifecycle.tasks(review, PlanReviewProcess.RECORD_MONITORING_RESULT).get(0);
      language("coordinator", "uk");
      tasklist.signIn("coordinator");
      tasklist.openFilter("Координатор з комунікацій: завдання");
      tasklist.openTask("Внести результат моніторингу", monitoring.getId());
      tasklist.claim("Márku Mónika");
      assertThat(tasklist.placeholder("Дата результату")).isEqualTo("дд.мм.рррр");
      tasklist.complete();
      assertThat(tasklist.fieldError("Дата результату"))
          .isEqualTo("Поле обов’язкове для заповнення.");
      browser.dump(SCREENSHOTS, "uk-record-monitoring-result");
      assertThat(tasklist.formText())
          .as("the due day as Ukrainian writes it, not as the timer keeps it")
          .contains("Строк: " + ukrainianDay(today.plusYears(1)))
          .doesNotContain("T00:00")
          .contains("(%): 0 → 10");
      assertInTheLanguage(tasklist.formText(), "record-monitoring-result");
    } finally {
      ClockUtil.reset();
    }
  }

  /** Words a form of the English bundle or an English variable text would show. */
  private static final List<String> ENGLISH_VARIABLE_TEXTS =
      List.of(
          "So far",
          "strategic goals",
          "(PRIMARY)",
          "(SECONDARY)",
          "Primary",
          "Lending and reader services",
          "The plan names no indicators",
          "target ",
          "baseline",
          "Funder",
          "Amount requested",
          "own contribution",
          "Expected results",
          "Prepared by",
          "Field is required",
          "Select",
          "Search",
          "mm/dd/yyyy");

  /**
   * No label, option or text of the English form, and no English variable text or form-js word, is
   * in what the form shows.
   */
  private static void assertInTheLanguage(String shown, String formId) {
    List<String> english = new java.util.ArrayList<>(ENGLISH_VARIABLE_TEXTS);
    english.addAll(EnglishForms.labels(formId));
    assertThat(english.stream().filter(shown::contains).toList())
        .as("English left in the %s form", formId)
        .isEmpty();
  }

  private static String ukrainianDay(LocalDate day) {
    return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
        .withLocale(java.util.Locale.forLanguageTag("uk"))
        .format(day);
  }

  private void language(String user, String language) {
    engine.getIdentityService().setUserInfo(user, "language", language);
  }

  private ProcessInstance planOf(String code) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(PlanVersionProcess.KEY)
        .processInstanceBusinessKey(code + " #1")
        .singleResult();
  }
}
