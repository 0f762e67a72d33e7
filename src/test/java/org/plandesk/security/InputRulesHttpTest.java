package org.plandesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plandesk.security.Bodies.message;
import static org.plandesk.security.Bodies.showsNothingOfTheInside;
import static org.plandesk.security.Bodies.str;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskWebTest;
import org.plandesk.SeedPlans;
import org.plandesk.grant.GrantService;
import org.plandesk.plan.DepartmentInput;
import org.plandesk.plan.Plan;
import org.plandesk.plan.PlanContent;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.VersionStatus;
import org.plandesk.plan.process.LifecycleDriver;
import org.plandesk.plan.process.PlanVersionProcess;
import org.plandesk.review.process.PlanReviewPort;
import org.plandesk.review.process.PlanReviewProcess;
import org.plandesk.web.EditorFields;
import org.plandesk.web.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What people type, refused on the server whatever the form sent: plan codes outside the safe
 * character set (README, "Security"), control characters in titles and every text field (tab and
 * line breaks only in texts of several lines). Each refusal is a 400 (422 in the editor page) that
 * names the field in words, and nothing is created or changed.
 */
@PlanDeskWebTest
class InputRulesHttpTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
  private static final String START =
      "/engine-rest/process-definition/key/plan-version/submit-form";
  private static final String GRANT_START =
      "/engine-rest/process-definition/key/grant-request/submit-form";
  private static final String CODE_CHARACTERS =
      "letters (any script), digits, spaces, '-', '_' and '.'";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired PlanService plans;
  @Autowired GrantService grants;
  @Autowired PlanReviewPort reviewProcesses;
  WebClient web;
  LifecycleDriver driver;

  @BeforeEach
  void setUp() {
    web = new WebClient(port);
    driver = new LifecycleDriver(engine, plans);
    driver.reachDay(TODAY);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private HttpResponse<String> startNewPlan(String code, String title) {
    return web.postJson(
        START,
        """
        {"variables":{"requestKind":{"value":"NEW_PLAN"},"planCode":{"value":%s},"planTitle":{"value":%s},
         "planType":{"value":"COMMUNICATION_PLAN"},"planLanguage":{"value":"hu"}}}"""
            .formatted(str(code), str(title)),
        "coordinator",
        "demo");
  }

  /** Asserts the start was refused with this message and created no plan and no process. */
  private void refusedStart(String code, String title, String expected) {
    long instancesBefore = engine.getRuntimeService().createProcessInstanceQuery().count();
    int plansBefore = plans.plans().size();

    var response = startNewPlan(code, title);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(message(response)).isEqualTo(expected);
    showsNothingOfTheInside(response);
    assertThat(plans.plans()).hasSize(plansBefore);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count())
        .isEqualTo(instancesBefore);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Test
  void aPlanCodeThatClimbsDirectoriesIsRefused() {
    refusedStart(
        "../../etc",
        "Terv",
        "Plan code may contain only " + CODE_CHARACTERS + ", not '/' (U+002F)");
  }

  @Test
  void aPlanCodeWithASlashOrBackslashIsRefused() {
    refusedStart(
        "KOMM/2026",
        "Terv",
        "Plan code may contain only " + CODE_CHARACTERS + ", not '/' (U+002F)");
    refusedStart(
        "KOMM\\2026",
        "Terv",
        "Plan code may contain only " + CODE_CHARACTERS + ", not '\\' (U+005C)");
  }

  @Test
  void aPlanCodeWithTwoDotsInARowIsRefused() {
    refusedStart("KOMM..2026", "Terv", "Plan code must not contain '..'");
  }

  @Test
  void aPlanCodeBeginningWithADotIsRefused() {
    refusedStart(".KOMM", "Terv", "Plan code must begin with a letter or a digit");
  }

  @Test
  void aPlanCodeWithAControlCharacterIsRefused() {
    refusedStart(
        "KOMM\u0000", "Terv", "Plan code may contain only " + CODE_CHARACTERS + ", not U+0000");
  }

  @Test
  void aPlanCodeWithCharactersThatChangeAnAddressIsRefused() {
    for (String code : List.of("KOMM?x=1", "KOMM#top", "KOMM%2F", "KOMM;x")) {
      var response = startNewPlan(code, "Terv");
      assertThat(response.statusCode()).as(code).isEqualTo(400);
      assertThat(message(response))
          .as(code)
          .startsWith("Plan code may contain only " + CODE_CHARACTERS + ", not '");
    }
    assertThat(plans.plans()).extracting(Plan::code).noneMatch(c -> c.startsWith("KOMM"));
  }

  @Test
  void anOverlongPlanCodeIsRefused() {
    refusedStart("K".repeat(41), "Terv", "Plan code is too long: at most 40 characters");
  }

  @Test
  void planCodesInTheScriptsOfTheSeedsAreAcceptedAndTheirPagesOpen() {
    for (String code :
        List.of(
            "KÜLSŐ KOMM 2",
            "ЛУЦЬК-2026",
            "Програма_Луцьк.1",
            "Kauno ŽĮ-3",
            "Åtgärdsplan 2026",
            "ЇЖАК є ґ")) {
      var response = startNewPlan(code, "Terv " + code);
      assertThat(response.statusCode()).as(code + ": " + response.body()).isEqualTo(200);

      assertThat(plans.overview(code).plan().title()).isEqualTo("Terv " + code);
      var page = new WebClient(port).signIn("anna", "demo").get("/plans/" + enc(code));
      assertThat(page.statusCode()).as(code).isEqualTo(200);
      assertThat(page.body()).contains("Terv " + code);
      assertThat(web.getWithBasic("/api/plans/" + enc(code), "anna", "demo").statusCode())
          .as(code)
          .isEqualTo(200);
    }
  }

  @Test
  void aPlanCodeTypedWithCombiningMarksIsStoredComposedSoItCannotExistTwice() {
    var decomposed = startNewPlan("NFC U\u0308 1", "Terv");
    assertThat(decomposed.statusCode()).as(decomposed.body()).isEqualTo(200);
    assertThat(plans.overview("NFC Ü 1").plan().code()).isEqualTo("NFC \u00dc 1");

    var again = startNewPlan("NFC Ü 1", "Terv");
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(message(again)).startsWith("A plan with code NFC Ü 1 already exists");
  }

  @Test
  void aNulInATitleIsRefused() {
    refusedStart(
        "RULES-NUL",
        "Terv\u0000",
        "Title must not contain control characters or line breaks (found U+0000)");
  }

  @Test
  void aLineBreakInATitleIsRefused() {
    refusedStart(
        "RULES-LF",
        "Terv\r\nBcc: victim@example.org",
        "Title must not contain control characters or line breaks (found U+000D)");
  }

  @Test
  void aControlCharacterInADepartmentsCommentsIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance pi = inConsultation("RULES-INPUT-1");
    Task task = driver.departmentTask(pi, "lending");

    var response = submitInput(task, "Első sor\u0007");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(message(response))
        .isEqualTo(
            "Comments must not contain control characters other than tab and line breaks (found U+0007)");
    assertThat(plans.inputs(driver.versionId(pi))).isEmpty();
    assertThat(driver.tasks(pi, PlanVersionProcess.GIVE_DEPARTMENT_INPUT)).hasSize(1);
  }

  @Test
  void tabsAndLineBreaksInADepartmentsCommentsAreKept() {
    ProcessInstance pi = inConsultation("RULES-INPUT-2");
    Task task = driver.departmentTask(pi, "lending");

    var response = submitInput(task, "Első sor\r\n\tMásodik sor");

    assertThat(response.statusCode()).as(response.body()).isIn(200, 204);
    assertThat(plans.inputs(driver.versionId(pi)))
        .extracting(DepartmentInput::comments)
        .containsExactly("Első sor\r\n\tMásodik sor");
  }

  @Test
  void aControlCharacterInTheDirectorsCommentIsRefusedAndTheVersionStaysInApproval() {
    ProcessInstance pi =
        driver.startNewPlan("coordinator", "RULES-DECIDE", "Terv", "COMMUNICATION_PLAN", "hu");
    driver.writeContent(pi, SeedPlans.kulsoKommunikacio());
    driver.draft(pi, List.of(), TODAY.plusDays(5));
    driver.consolidate(pi);
    Task task = driver.task(pi, PlanVersionProcess.APPROVE_VERSION);
    web.postJson(
        "/engine-rest/task/" + task.getId() + "/claim",
        "{\"userId\":\"director\"}",
        "director",
        "demo");

    var response =
        web.postJson(
            "/engine-rest/task/" + task.getId() + "/submit-form",
            """
        {"variables":{"decision":{"value":"REQUEST_CHANGES"},"directorComment":{"value":%s},"signaturePassword":{"value":"demo"}}}"""
                .formatted(str("\u001b[31mRewrite section 2")),
            "director",
            "demo");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(message(response))
        .isEqualTo(
            "A comment saying what to change must not contain control characters other than tab and line breaks (found U+001B)");
    assertThat(plans.version(driver.versionId(pi)).status()).isEqualTo(VersionStatus.IN_APPROVAL);
    assertThat(driver.tasks(pi, PlanVersionProcess.APPROVE_VERSION)).hasSize(1);
  }

  @Test
  void aControlCharacterInAWithdrawalReasonIsRefusedOnTheApi() {
    ProcessInstance pi =
        driver.startNewPlan("coordinator", "RULES-WITHDRAW", "Terv", "COMMUNICATION_PLAN", "hu");
    long id = driver.versionId(pi);

    var response =
        web.postJson(
            "/api/versions/" + id + "/withdraw",
            "{\"reason\":" + str("Elavult\u0000") + "}",
            "coordinator",
            "demo");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains(
            "A reason for the withdrawal must not contain control characters other than tab and line breaks (found U+0000)");
    assertThat(plans.version(id).status()).isEqualTo(VersionStatus.DRAFT);
  }

  @Test
  void aControlCharacterInTheEditorsFileNameIsRefusedAndNothingIsSaved() {
    long id =
        driver.versionId(
            driver.startNewPlan("coordinator", "RULES-EDIT-1", "Terv", "COMMUNICATION_PLAN", "hu"));
    int revision = plans.version(id).revision();
    WebClient coordinator = new WebClient(port).signIn("coordinator", "demo");
    String page = coordinator.get("/plans/versions/" + id).body();

    var response =
        coordinator.postForm(
            "/plans/versions/" + id,
            EditorFields.withCsrf(
                page, EditorFields.of("Terv\u0000_2026", SeedPlans.kulsoKommunikacio())));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body())
        .contains("File name: Must not contain control characters or line breaks (found U+0000)");
    assertThat(plans.version(id).revision()).isEqualTo(revision);
    assertThat(plans.version(id).content()).isEqualTo(PlanContent.empty());
  }

  @Test
  void aLineBreakInAOneLineFieldOfTheEditorIsRefusedNamingTheRow() {
    long id =
        driver.versionId(
            driver.startNewPlan("coordinator", "RULES-EDIT-2", "Terv", "COMMUNICATION_PLAN", "hu"));
    WebClient coordinator = new WebClient(port).signIn("coordinator", "demo");
    String page = coordinator.get("/plans/versions/" + id).body();
    var fields = new ArrayList<>(EditorFields.of("Terv_2026", SeedPlans.kulsoKommunikacio()));
    fields.add(Map.entry("tg.tier", "PRIMARY"));
    fields.add(Map.entry("tg.name", "Diákok\nBcc: x"));
    fields.add(Map.entry("tg.message", "Üzenet"));
    fields.add(Map.entry("tg.channels", "Honlap"));

    var response =
        coordinator.postForm("/plans/versions/" + id, EditorFields.withCsrf(page, fields));

    assertThat(response.statusCode()).isEqualTo(422);
    int row = SeedPlans.kulsoKommunikacio().targetGroups().size();
    assertThat(response.body())
        .contains(
            "Target group "
                + (row + 1)
                + " – Name: Must not contain control characters or line breaks (found U+000A)");
    assertThat(plans.version(id).content()).isEqualTo(PlanContent.empty());
  }

  @Test
  void aControlCharacterInAGrantRequestsTitleIsRefusedAndNoRequestIsCreated() {
    int before = grants.list(null).size();

    var response =
        web.postJson(GRANT_START, grantForm(str("Mobility\u001b"), "null"), "anna", "demo");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(message(response))
        .isEqualTo(
            "Title of the project must not contain control characters or line breaks (found U+001B)");
    assertThat(grants.list(null)).hasSize(before);
  }

  @Test
  void aGrantRequestNamingAPlanCodeOutsideTheCharacterSetIsRefused() {
    int before = grants.list(null).size();

    var response =
        web.postJson(GRANT_START, grantForm(str("Mobility"), str("../etc")), "anna", "demo");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(message(response))
        .isEqualTo("Plan code may contain only " + CODE_CHARACTERS + ", not '/' (U+002F)");
    assertThat(grants.list(null)).hasSize(before);
  }

  @Test
  void aControlCharacterInAReviewRemarkIsRefusedAndTheReviewStaysOpen() {
    ProcessInstance pi =
        driver.startNewPlan("coordinator", "RULES-REVIEW", "Terv", "COMMUNICATION_PLAN", "hu");
    driver.writeContent(pi, SeedPlans.kulsoKommunikacio());
    driver.draft(pi, List.of(), TODAY.plusDays(5));
    driver.consolidate(pi);
    driver.decide(pi, "APPROVE", null, TODAY);
    driver.reachDay(TODAY);
    driver.reachDay(TODAY.plusYears(1));
    ProcessInstance reviewProcess = reviewProcesses.reviewOf(driver.versionId(pi)).orElseThrow();
    Task review = driver.task(reviewProcess, PlanReviewProcess.REVIEW_PLAN);
    web.postJson(
        "/engine-rest/task/" + review.getId() + "/claim",
        "{\"userId\":\"coordinator\"}",
        "coordinator",
        "demo");

    var response =
        web.postJson(
            "/engine-rest/task/" + review.getId() + "/submit-form",
            """
        {"variables":{"reviewOutcome":{"value":"REVISE"},"reviewRemark":{"value":%s}}}"""
                .formatted(str("Új célok\u0000")),
            "coordinator",
            "demo");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(message(response))
        .isEqualTo(
            "Remark must not contain control characters other than tab and line breaks (found U+0000)");
    assertThat(engine.getTaskService().createTaskQuery().taskId(review.getId()).count())
        .isEqualTo(1);
  }

  private ProcessInstance inConsultation(String code) {
    ProcessInstance pi =
        driver.startNewPlan("coordinator", code, "Terv", "COMMUNICATION_PLAN", "hu");
    driver.writeContent(pi, SeedPlans.kulsoKommunikacio());
    driver.draft(pi, List.of("lending"), TODAY.plusDays(7));
    return pi;
  }

  private HttpResponse<String> submitInput(Task task, String comments) {
    web.postJson(
        "/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"anna\"}", "anna", "demo");
    return web.postJson(
        "/engine-rest/task/" + task.getId() + "/submit-form",
        """
        {"variables":{"inputComments":{"value":%s},"proposedActions":{"value":""},"priorityVotes":{"value":"[]","type":"Json"}}}"""
            .formatted(str(comments)),
        "anna",
        "demo");
  }

  private static String grantForm(String title, String planCode) {
    return """
        {"variables":{"grantTitle":{"value":%s},"funder":{"value":"Erasmus+"},
         "amountRequested":{"value":5000,"type":"Double"},"currency":{"value":"EUR"},
         "ownContribution":{"value":0,"type":"Long"},"purpose":{"value":"Staff mobility"},
         "expectedResults":{"value":"12 librarians trained"},"planCode":{"value":%s},"funderDeadline":{"value":"%s"},
         "responsible":{"value":"anna"}}}"""
        .formatted(title, planCode, LocalDate.now().plusYears(1));
  }
}
