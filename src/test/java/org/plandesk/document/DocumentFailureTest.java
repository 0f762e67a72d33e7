package org.plandesk.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskTest;
import org.plandesk.lifecycle.LifecycleDriver;
import org.plandesk.lifecycle.PlanVersionProcess;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.VersionStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A document generation that fails (here: a broken template) retries, then becomes an incident;
 * the approval stays; once the template is mended and the incident resolved, exactly one document
 * exists and the version goes on to its effective date.
 */
@PlanDeskTest
class DocumentFailureTest {

  static final Path TEMPLATES = createTemplateDir();

  @DynamicPropertySource
  static void templates(DynamicPropertyRegistry registry) {
    registry.add("plandesk.documents.template-dir", TEMPLATES::toString);
  }

  @Autowired ProcessEngine engine;
  @Autowired PlanService plans;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void failedGenerationBecomesAnIncidentAndResolvingItMakesExactlyOneDocument() throws IOException {
    init(engine);
    Files.writeString(TEMPLATES.resolve("plan.docx"), "this is not a DOCX");
    LifecycleDriver driver = new LifecycleDriver(engine, plans);
    LocalDate today = LocalDate.of(2026, 10, 1);
    driver.reachDay(today);
    ProcessInstance pi = driver.approvedWithoutInput("FAILS", today, today.plusDays(10));
    long id = driver.versionId(pi);

    assertThat(pi).isWaitingAt(PlanVersionProcess.GENERATE_DOCUMENT);
    for (int attempt = 1; attempt <= 3; attempt++) {
      Job job = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult();
      assertThat(job.getRetries()).isEqualTo(4 - attempt);
      try {
        engine.getManagementService().executeJob(job.getId());
      } catch (RuntimeException expected) {
        // the job failed; the engine counted down its retries in its own transaction
      }
    }
    Incident incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(incident).as("an incident an operator sees in Cockpit").isNotNull();
    assertThat(incident.getIncidentMessage()).contains("template");
    assertThat(plans.version(id).status()).as("the approval is kept").isEqualTo(VersionStatus.APPROVED);
    assertThat(plans.version(id).versionNumber()).isEqualTo("1.0");
    assertThat(documentCount(id)).isZero();

    try (InputStream good = getClass().getResourceAsStream("/document-templates/plan.docx")) {
      Files.write(TEMPLATES.resolve("plan.docx"), good.readAllBytes());
    }
    Job job = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult();
    engine.getManagementService().setJobRetries(job.getId(), 1);
    engine.getManagementService().executeJob(job.getId());

    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(documentCount(id)).isEqualTo(1);
    assertThat(pi).isWaitingAt(PlanVersionProcess.EFFECTIVE_DATE_REACHED);
    driver.reachDay(today.plusDays(10));
    assertThat(pi).isEnded();
    assertThat(documentCount(id)).isEqualTo(1);
  }

  private int documentCount(long versionId) {
    return jdbc.sql("SELECT COUNT(*) FROM plan_document WHERE version_id = ?").param(versionId).query(Integer.class).single();
  }

  private static Path createTemplateDir() {
    try {
      return Files.createTempDirectory("plandesk-templates");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
