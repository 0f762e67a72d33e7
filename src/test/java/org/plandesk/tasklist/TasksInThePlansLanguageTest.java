package org.plandesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskTest;
import org.plandesk.SeedPlans;
import org.plandesk.grant.GrantDriver;
import org.plandesk.grant.process.GrantRequestProcess;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.process.LifecycleDriver;
import org.plandesk.plan.process.PlanVersionProcess;
import org.plandesk.review.process.PlanReviewProcess;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Tasklist shows each task in the language its people work in: the form its formRef picks and
 * the name it is listed under follow the plan (a grant request's plan, else its preparer); a start
 * form follows the signed-in user. Through the engine's form and task services, as the Tasklist
 * uses them.
 */
@PlanDeskTest
class TasksInThePlansLanguageTest {

  private static final LocalDate TODAY = LocalDate.of(2027, 5, 3);

  @Autowired ProcessEngine engine;
  @Autowired PlanService plans;
  LifecycleDriver driver;
  GrantDriver grants;
  private final List<String> started = new ArrayList<>();

  @BeforeEach
  void setUp() {
    driver = new LifecycleDriver(engine, plans);
    grants = new GrantDriver(engine, driver);
    driver.reachDay(TODAY);
  }

  /** Leaves no timer of these processes for the next test class sharing the engine. */
  @AfterEach
  void endWhatThisTestStarted() {
    var runtime = engine.getRuntimeService();
    for (String id : started) {
      if (runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
        runtime.deleteProcessInstance(id, "test ended");
      }
    }
    for (String user : List.of("coordinator", "anna")) {
      engine.getIdentityService().deleteUserInfo(user, WorkLanguage.USER_LANGUAGE);
    }
    ClockUtil.reset();
  }

  @Test
  void aHungarianPlansTasksHaveTheHungarianFormsAndNames() throws IOException {
    ProcessInstance plan = newPlan("NYELV-HU", "hu");

    Task draft = driver.task(plan, PlanVersionProcess.DRAFT_VERSION);
    assertThat(formRef(draft)).isEqualTo("draft-version-hu");
    assertThat(draft.getName()).isEqualTo("A tervváltozat megírása");
    JsonNode form = deployedForm(draft);
    assertThat(form.path("id").asText()).isEqualTo("draft-version-hu");
    assertThat(form.toString())
        .contains("Véleményezésre felkért osztályok")
        .doesNotContain("Departments to ask for input");
    assertThat(
            engine
                .getHistoryService()
                .createHistoricTaskInstanceQuery()
                .taskId(draft.getId())
                .singleResult()
                .getName())
        .as("the history names it so too")
        .isEqualTo("A tervváltozat megírása");
    assertThat(
            engine.getHistoryService().createUserOperationLogQuery().taskId(draft.getId()).count())
        .as("naming is no user operation: nothing is recorded")
        .isZero();

    driver.draft(plan, List.of("lending"), TODAY.plusDays(7));
    Task input = driver.departmentTask(plan, "lending");
    assertThat(formRef(input)).isEqualTo("department-input-hu");
    assertThat(input.getName()).isEqualTo("Az osztály véleményének megadása");
  }

  @Test
  void aLithuanianPlanIsWorkedInLithuanianAndAnEnglishPlanInEnglish() {
    Task lithuanian = driver.task(newPlan("KALBA-LT", "lt"), PlanVersionProcess.DRAFT_VERSION);
    assertThat(formRef(lithuanian)).isEqualTo("draft-version-lt");
    assertThat(lithuanian.getName()).isEqualTo("Parengti plano versiją");

    Task english = driver.task(newPlan("LANGUAGE-EN", "en"), PlanVersionProcess.DRAFT_VERSION);
    assertThat(formRef(english)).isEqualTo("draft-version");
    assertThat(english.getName()).as("the BPMN's name").isEqualTo("Draft the plan version");
  }

  @Test
  void thePlanDecidesNotAVariableSomeoneSet() {
    ProcessInstance plan = newPlan("NYELV-VALTOZO", "hu");
    engine.getRuntimeService().setVariable(plan.getId(), "planLanguage", "sv");
    assertThat(formRef(driver.task(plan, PlanVersionProcess.DRAFT_VERSION)))
        .isEqualTo("draft-version-hu");
  }

  @Test
  void aReviewOfAHungarianPlanIsInHungarian() {
    long versionId = driver.versionId(newPlan("NYELV-FELULVIZSGALAT", "hu"));
    ProcessInstance review =
        engine
            .getRuntimeService()
            .createProcessInstanceByKey(PlanReviewProcess.KEY)
            .startBeforeActivity(PlanReviewProcess.REVIEW_PLAN)
            .setVariable("versionId", versionId)
            .setVariable("reviewDueAt", TODAY.plusYears(1).atStartOfDay().toString())
            .execute();
    started.add(review.getId());

    Task task = driver.task(review, PlanReviewProcess.REVIEW_PLAN);
    assertThat(formRef(task)).isEqualTo("review-plan-hu");
    assertThat(task.getName()).isEqualTo("A hatályos terv felülvizsgálata");
  }

  @Test
  void aGrantRequestFollowsThePlanItServesElseTheLanguageOfItsPreparer() {
    engine.getIdentityService().setUserInfo("anna", WorkLanguage.USER_LANGUAGE, "uk");
    ProcessInstance servesNoPlan =
        grants.prepare("anna", GrantDriver.requestForm("Простір громади", TODAY.plusDays(30)));
    started.add(servesNoPlan.getId());
    Task approval = driver.task(servesNoPlan, GrantRequestProcess.APPROVE_REQUEST);
    assertThat(formRef(approval)).isEqualTo("approve-grant-request-uk");
    assertThat(approval.getName()).isEqualTo("Затвердити заявку");

    ProcessInstance plan = newPlan("KALBA-PARAISKA", "lt");
    driver.writeContent(plan, SeedPlans.kulsoKommunikacio());
    driver.draft(plan, List.of(), TODAY.plusDays(5));
    driver.consolidate(plan);
    driver.decide(plan, "APPROVE", null, TODAY);
    driver.reachDay(TODAY);
    var form = GrantDriver.requestForm("Skaitykla visiems", TODAY.plusDays(30));
    form.put("planCode", "KALBA-PARAISKA");
    ProcessInstance servesAPlan = grants.prepare("anna", form);
    started.add(servesAPlan.getId());
    Task lithuanian = driver.task(servesAPlan, GrantRequestProcess.APPROVE_REQUEST);
    assertThat(formRef(lithuanian)).isEqualTo("approve-grant-request-lt");
    assertThat(lithuanian.getName()).isEqualTo("Patvirtinti paraišką");
  }

  @Test
  void aStartFormFollowsTheSignedInUsersLanguage() throws IOException {
    String definition =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(PlanVersionProcess.KEY)
            .latestVersion()
            .singleResult()
            .getId();
    engine.getIdentityService().setUserInfo("coordinator", WorkLanguage.USER_LANGUAGE, "sv");

    assertThat(driver.as("coordinator", () -> startFormRef(definition)))
        .isEqualTo("start-plan-version-sv");
    JsonNode form =
        driver.as(
            "coordinator", () -> read(engine.getFormService().getDeployedStartForm(definition)));
    assertThat(form.path("id").asText()).isEqualTo("start-plan-version-sv");
    assertThat(form.toString()).contains("Begär en ny planversion").contains("Planens språk");
    assertThat(driver.as("director", () -> startFormRef(definition)))
        .as("a user who chose no language: the installation's")
        .isEqualTo("start-plan-version");
    assertThat(startFormRef(definition))
        .as("nobody signed in (the engine API guard reading the form's fields)")
        .isEqualTo("start-plan-version");

    // The Swedish form submits the same fields: the coordinator starts a Swedish plan through it.
    ProcessInstance swedish = newPlan("SPRAK-SV", "sv");
    assertThat(driver.task(swedish, PlanVersionProcess.DRAFT_VERSION).getName())
        .isEqualTo("Skriv planversionen");
  }

  private ProcessInstance newPlan(String code, String language) {
    ProcessInstance plan =
        driver.startNewPlan("coordinator", code, "Terv " + code, "COMMUNICATION_PLAN", language);
    started.add(plan.getId());
    return plan;
  }

  private String formRef(Task task) {
    return engine.getFormService().getTaskFormData(task.getId()).getCamundaFormRef().getKey();
  }

  private String startFormRef(String definition) {
    return engine.getFormService().getStartFormData(definition).getCamundaFormRef().getKey();
  }

  private JsonNode deployedForm(Task task) {
    return read(engine.getFormService().getDeployedTaskForm(task.getId()));
  }

  private static JsonNode read(InputStream form) {
    try (form) {
      return new ObjectMapper().readTree(form);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
