package org.plandesk.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskTest;
import org.plandesk.SeedPlans;
import org.plandesk.grant.GrantDocumentEdition;
import org.plandesk.grant.GrantDocuments;
import org.plandesk.grant.GrantDriver;
import org.plandesk.grant.GrantService;
import org.plandesk.grant.GrantStatus;
import org.plandesk.grant.process.GrantRequestPort;
import org.plandesk.grant.process.GrantRequestProcess;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.VersionStatus;
import org.plandesk.plan.process.LifecycleDriver;
import org.plandesk.plan.process.PlanVersionProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A document generation that fails (here: a broken template) retries, then becomes an incident; the
 * approval stays; once the template is mended and the incident resolved, exactly one document
 * exists and the version goes on to its effective date. The same for a grant request's document,
 * whose submission to the funder goes on meanwhile.
 */
@PlanDeskTest
class DocumentFailureTest {

  static final Path TEMPLATES = createTemplateDir();
  static final LocalDate TODAY = LocalDate.of(2026, 10, 1);

  @DynamicPropertySource
  static void templates(DynamicPropertyRegistry registry) {
    registry.add("plandesk.documents.template-dir", TEMPLATES::toString);
  }

  @Autowired ProcessEngine engine;
  @Autowired PlanService plans;
  @Autowired JdbcClient jdbc;
  @Autowired GrantService grants;
  @Autowired GrantDocuments grantDocuments;
  @Autowired GrantRequestPort grantRequests;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void failedGenerationBecomesAnIncidentAndResolvingItMakesExactlyOneDocument() throws IOException {
    LifecycleDriver driver = startWithBroken("plan.docx");
    ProcessInstance pi =
        driver.startNewPlan(
            "coordinator", "FAILS", SeedPlans.KULSO_KOMM_TITLE, "COMMUNICATION_PLAN", "hu");
    long id = driver.versionId(pi);
    driver.writeContent(pi, SeedPlans.kulsoKommunikacio());
    driver.draft(pi, List.of(), TODAY.plusDays(3));
    driver.consolidate(pi);
    driver.decide(pi, "APPROVE", null, TODAY.plusDays(10));

    assertThat(pi).isWaitingAt(PlanVersionProcess.GENERATE_DOCUMENT);
    failUntilIncident(pi, PlanVersionProcess.GENERATE_DOCUMENT);
    assertThat(plans.version(id).status())
        .as("the approval is kept")
        .isEqualTo(VersionStatus.APPROVED);
    assertThat(plans.version(id).versionNumber()).isEqualTo("1.0");
    assertThat(documentCount(id)).isZero();

    mendAndResolve(pi, "plan.docx", PlanVersionProcess.GENERATE_DOCUMENT);

    assertThat(documentCount(id)).isEqualTo(1);
    assertThat(pi).isWaitingAt(PlanVersionProcess.EFFECTIVE_DATE_REACHED);
    driver.reachDay(TODAY.plusDays(10));
    assertThat(pi).isEnded();
    assertThat(documentCount(id)).isEqualTo(1);
  }

  @Test
  void failedGrantDocumentBecomesAnIncidentWhileTheRequestGoesOnAndResolvingItStoresOneDocument()
      throws IOException {
    LifecycleDriver driver = startWithBroken("grant.docx");
    GrantDriver grant = new GrantDriver(engine, driver);
    ProcessInstance pi =
        grant.prepare("anna", GrantDriver.requestForm("Failing document", TODAY.plusDays(30)));
    long grantId = grantRequests.grantId(pi.getId()).orElseThrow();
    grant.decide(pi, "APPROVE", null);

    failUntilIncident(pi, GrantRequestProcess.GENERATE_REQUEST_DOCUMENT);
    assertThat(grants.request(grantId).status())
        .as("the approval is kept")
        .isEqualTo(GrantStatus.APPROVED);
    assertThat(pi).as("the submission goes on").isWaitingAt(GrantRequestProcess.SUBMIT_TO_FUNDER);
    assertThat(grantDocumentCount(grantId)).isZero();

    mendAndResolve(pi, "grant.docx", GrantRequestProcess.GENERATE_REQUEST_DOCUMENT);
    assertThat(grantDocumentCount(grantId)).isEqualTo(1);
    assertThat(pi)
        .hasPassed(GrantRequestProcess.END_REQUEST_DOCUMENT_STORED)
        .isWaitingAt(GrantRequestProcess.SUBMIT_TO_FUNDER);
    grantDocuments.generate(grantId, GrantDocumentEdition.REQUEST, "retry");
    assertThat(grantDocumentCount(grantId)).as("a retry makes no second document").isEqualTo(1);
    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test ended");
  }

  /** A driver on TODAY, with the given template broken. */
  private LifecycleDriver startWithBroken(String template) throws IOException {
    init(engine);
    Files.writeString(TEMPLATES.resolve(template), "this is not a DOCX");
    LifecycleDriver driver = new LifecycleDriver(engine, plans);
    driver.reachDay(TODAY);
    return driver;
  }

  /** Runs the failing job until its retries are spent; an operator sees the incident in Cockpit. */
  private void failUntilIncident(ProcessInstance pi, String activityId) {
    for (int attempt = 1; attempt <= 3; attempt++) {
      Job job = job(pi, activityId);
      assertThat(job.getRetries()).isEqualTo(4 - attempt);
      try {
        engine.getManagementService().executeJob(job.getId());
      } catch (RuntimeException expected) {
        // the job failed; the engine counted down its retries in its own transaction
      }
    }
    Incident incident =
        engine
            .getRuntimeService()
            .createIncidentQuery()
            .processInstanceId(pi.getId())
            .singleResult();
    assertThat(incident).as("an incident an operator sees in Cockpit").isNotNull();
    assertThat(incident.getIncidentMessage()).contains("template");
  }

  /**
   * Puts the packed template back and retries the job once, as an operator resolves the incident.
   */
  private void mendAndResolve(ProcessInstance pi, String template, String activityId)
      throws IOException {
    try (InputStream good = getClass().getResourceAsStream("/document-templates/" + template)) {
      Files.write(TEMPLATES.resolve(template), good.readAllBytes());
    }
    Job job = job(pi, activityId);
    engine.getManagementService().setJobRetries(job.getId(), 1);
    engine.getManagementService().executeJob(job.getId());
    assertThat(
            engine.getRuntimeService().createIncidentQuery().processInstanceId(pi.getId()).count())
        .isZero();
  }

  private Job job(ProcessInstance pi, String activityId) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(pi.getId())
        .activityId(activityId)
        .singleResult();
  }

  private int grantDocumentCount(long grantId) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM document WHERE subject_kind = 'GRANT_REQUEST' AND subject_id = ?")
        .param(grantId)
        .query(Integer.class)
        .single();
  }

  private int documentCount(long versionId) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM document WHERE subject_kind = 'PLAN_VERSION' AND subject_id = ?")
        .param(versionId)
        .query(Integer.class)
        .single();
  }

  private static Path createTemplateDir() {
    try {
      return Files.createTempDirectory("plandesk-templates");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
