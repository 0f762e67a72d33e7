package org.plandesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.plandesk.PlanDeskWebTest;
import org.plandesk.SeedPlans;
import org.plandesk.grant.GrantDriver;
import org.plandesk.grant.process.GrantRequestProcess;
import org.plandesk.plan.PlanContent;
import org.plandesk.plan.PlanLanguage;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.process.LifecycleDriver;
import org.plandesk.plan.process.PlanVersionProcess;
import org.plandesk.review.process.PlanReviewProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 15, as a person of each language works: the coordinator, a department (anna) and the
 * director, all of one language, with plans of that language, walk the register, the plan page, the
 * editor, the comparison and the audit trail, and in the Tasklist the two start forms and one task
 * of each kind (draft, department input, approval, review, grant). Every view says its language in
 * {@code <html lang>} and shows no English text that the language translates and no enum constant.
 * A screenshot of each view goes to {@code target/e2e/six-languages/}.
 */
@PlanDeskWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SixLanguagesWalkE2ETest {

  private static final Path SCREENSHOTS = StoryBrowser.ARTIFACTS.resolve("six-languages");
  private static final List<String> PEOPLE = List.of("coordinator", "director", "anna");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired PlanService plans;
  @Autowired IdentityService identity;

  private Browser browser;
  private Tasklist tasklist;
  private LifecycleDriver lifecycle;
  private GrantDriver grants;
  private final LocalDate today = LocalDate.now();
  private final List<String> started = new ArrayList<>();
  private final List<String> walked = new ArrayList<>();

  @BeforeAll
  void open() {
    ClockUtil.reset();
    browser = new Browser();
    browser.base = "http://localhost:" + port;
    tasklist = new Tasklist(browser, engine.getName());
    lifecycle = new LifecycleDriver(engine, plans);
    grants = new GrantDriver(engine, lifecycle);
  }

  @AfterEach
  void endWhatThisLanguageStarted() {
    var runtime = engine.getRuntimeService();
    for (String id : started) {
      if (runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
        runtime.deleteProcessInstance(id, "test ended");
      }
    }
    started.clear();
    PEOPLE.forEach(person -> identity.deleteUserInfo(person, "language"));
  }

  @AfterAll
  void close() {
    if (browser != null) {
      browser.close();
    }
    System.out.println(
        "six languages: walked " + walked.size() + " views:\n  " + String.join("\n  ", walked));
  }

  @ParameterizedTest(name = "a person reading {0} reads every page and task in it")
  @EnumSource(PlanLanguage.class)
  void everyPageAndTaskInTheReadersLanguage(PlanLanguage language) {
    String lang = language.name();
    PEOPLE.forEach(person -> identity.setUserInfo(person, "language", lang));
    EnglishLeftOver leftOver = EnglishLeftOver.forReaderOf(lang);
    Map<String, List<String>> problems = new LinkedHashMap<>();

    // A plan in force, and its next version waiting for the department's input.
    String code = "WALK-" + lang.toUpperCase();
    ProcessInstance first =
        track(
            lifecycle.startNewPlan(
                "coordinator", code, title(language), "COMMUNICATION_PLAN", lang));
    long inForce = lifecycle.versionId(first);
    lifecycle.writeContent(first, SeedPlans.kulsoKommunikacio());
    lifecycle.draft(first, List.of(), today.plusDays(1));
    lifecycle.consolidate(first);
    lifecycle.decide(first, "APPROVE", null, today);
    lifecycle.reachDay(today);
    ClockUtil.reset();
    ProcessInstance second = track(lifecycle.startNewVersion("coordinator", code));
    long draft = lifecycle.versionId(second);
    PlanContent seed = SeedPlans.kulsoKommunikacio();
    lifecycle.writeContent(
        second,
        new PlanContent(
            seed.startingPoint(),
            seed.strategicGoals().subList(0, 3),
            seed.communicationGoals(),
            seed.targetGroups(),
            SeedPlans.lutskProgramme().actionItems().subList(0, 1),
            SeedPlans.lutskProgramme().monitoringInstruments(),
            SeedPlans.lutskProgramme().indicators(),
            seed.changeSummary()));
    lifecycle.draft(second, List.of("lending"), today.plusDays(7));
    Task input = lifecycle.departmentTask(second, "lending");

    // One task of each other kind: a draft, an approval, a review, a grant request's approval.
    ProcessInstance drafting =
        track(
            lifecycle.startNewPlan(
                "coordinator", code + "-D", title(language), "ANNUAL_ACTION_PLAN", lang));
    Task draftTask = lifecycle.task(drafting, PlanVersionProcess.DRAFT_VERSION);
    ProcessInstance deciding =
        track(
            lifecycle.startNewPlan(
                "coordinator", code + "-A", title(language), "DEVELOPMENT_PROGRAMME", lang));
    lifecycle.writeContent(deciding, SeedPlans.lutskProgramme());
    lifecycle.draft(deciding, List.of(), today.plusDays(1));
    lifecycle.consolidate(deciding);
    Task approval = lifecycle.task(deciding, PlanVersionProcess.APPROVE_VERSION);
    ProcessInstance review =
        track(
            engine
                .getRuntimeService()
                .createProcessInstanceByKey(PlanReviewProcess.KEY)
                .startBeforeActivity(PlanReviewProcess.REVIEW_PLAN)
                .setVariable("versionId", inForce)
                .setVariable("reviewDueAt", today.plusDays(30).atStartOfDay().toString())
                .execute());
    Task reviewTask = lifecycle.task(review, PlanReviewProcess.REVIEW_PLAN);
    Map<String, Object> request = GrantDriver.requestForm(title(language), today.plusDays(30));
    request.put("planCode", code);
    ProcessInstance grant = track(grants.prepare("anna", request));
    Task grantApproval = lifecycle.task(grant, GrantRequestProcess.APPROVE_REQUEST);

    // The coordinator's pages and tasks.
    tasklist.signIn("coordinator");
    String plan = "/plans/" + URLEncoder.encode(code, StandardCharsets.UTF_8).replace("+", "%20");
    look(problems, leftOver, lang, "register", "/plans?q=" + code.toLowerCase());
    look(problems, leftOver, lang, "plan", plan);
    look(problems, leftOver, lang, "editor", "/plans/versions/" + draft);
    look(
        problems, leftOver, lang, "comparison", plan + "/compare?from=" + inForce + "&to=" + draft);
    look(problems, leftOver, lang, "audit-trail", plan + "/audit");
    openTasklist();
    see(problems, leftOver, lang, "tasklist");
    tasklist.openStartFormOf(PlanVersionProcess.KEY);
    see(problems, leftOver, lang, "start-plan-version");
    tasklist.openStartFormOf(GrantRequestProcess.KEY);
    see(problems, leftOver, lang, "start-grant-request");
    task(problems, leftOver, lang, "draft-version", draftTask);
    task(problems, leftOver, lang, "review-plan", reviewTask);

    // The department's input and the director's decisions.
    tasklist.signIn("anna");
    task(problems, leftOver, lang, "department-input", input);
    tasklist.signIn("director");
    task(problems, leftOver, lang, "approve-version", approval);
    task(problems, leftOver, lang, "approve-grant-request", grantApproval);

    assertThat(problems)
        .as("views in %s showing another language's text or a code (view: what was found)", lang)
        .isEmpty();
  }

  private ProcessInstance track(ProcessInstance instance) {
    started.add(instance.getId());
    return instance;
  }

  private static String title(PlanLanguage language) {
    return switch (language) {
      case hu -> SeedPlans.KULSO_KOMM_TITLE;
      case lt -> "Komunikacijos planas";
      case sv -> "Kommunikationsplan";
      case ru -> "План коммуникаций";
      case uk -> "План комунікацій";
      case en -> "Outreach plan 2027";
    };
  }

  private void openTasklist() {
    browser.get("/camunda/app/tasklist/" + engine.getName() + "/");
    browser.until(
        "the Tasklist has loaded", d -> !d.findElements(By.cssSelector(".task-filter")).isEmpty());
  }

  private void task(
      Map<String, List<String>> problems,
      EnglishLeftOver leftOver,
      String lang,
      String view,
      Task task) {
    tasklist.openTask(task.getId());
    see(problems, leftOver, lang, view);
  }

  private void look(
      Map<String, List<String>> problems,
      EnglishLeftOver leftOver,
      String lang,
      String view,
      String path) {
    browser.get(path);
    see(problems, leftOver, lang, view);
  }

  /** Checks the view on screen and keeps its screenshot. */
  private void see(
      Map<String, List<String>> problems, EnglishLeftOver leftOver, String lang, String view) {
    browser.dump(SCREENSHOTS, lang + "-" + view);
    walked.add(lang + " " + view);
    List<String> found = new ArrayList<>();
    String pageLang = (String) browser.js("return document.documentElement.lang;");
    if (!lang.equals(pageLang)) {
      found.add("<html lang=\"" + pageLang + "\">");
    }
    String shown = (String) browser.js("return document.body.innerText;");
    found.addAll(leftOver.in(shown, lang.equals("en")));
    if (!found.isEmpty()) {
      problems.put(view, found);
    }
  }
}
