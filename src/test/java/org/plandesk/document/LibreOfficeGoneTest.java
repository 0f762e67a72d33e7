package org.plandesk.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskTest;
import org.plandesk.plan.ApprovedDocument;
import org.plandesk.plan.PlanDocuments;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.VersionStatus;
import org.plandesk.plan.process.LifecycleDriver;
import org.plandesk.plan.process.PlanVersionProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * LibreOffice dies while PlanDesk runs (killed, as the OOM killer or a careless operator would):
 * the approval stays, and the document generation still ends with exactly one document, with its
 * PDF and real page count, because the office manager starts LibreOffice again. (A broken template
 * that fails every time is DocumentFailureTest; a machine without LibreOffice is
 * DocumentGenerationTest's document without PDF that is completed when regenerated.)
 */
@Tag("integration")
@PlanDeskTest
@TestPropertySource(properties = "plandesk.documents.office-enabled=true")
class LibreOfficeGoneTest {

  @Autowired ProcessEngine engine;
  @Autowired PlanService plans;
  @Autowired OfficeRenderer office;
  @Autowired PlanDocuments documents;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void whenLibreOfficeDiedTheApprovedDocumentIsStillMadeOnceWithItsPdf() {
    assertThat(office.available()).as("LibreOffice started with PlanDesk").isTrue();
    LifecycleDriver driver = new LifecycleDriver(engine, plans);
    LocalDate today = LocalDate.of(2026, 10, 1);
    driver.reachDay(today);
    ProcessInstance pi = driver.approvedWithoutInput("NO-SOFFICE", today, today.plusDays(10));
    long id = driver.versionId(pi);

    // LibreOffice, started by this JVM's office manager, is killed.
    List<ProcessHandle> soffice =
        ProcessHandle.current()
            .descendants()
            .filter(p -> p.info().command().map(c -> c.contains("soffice")).orElse(false))
            .toList();
    assertThat(soffice).as("LibreOffice processes of this JVM").isNotEmpty();
    soffice.forEach(ProcessHandle::destroyForcibly);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> soffice.stream().noneMatch(ProcessHandle::isAlive));

    // The job executor runs the generation (here the test, as often as the job executor would).
    int attempts = 0;
    Job job = documentJob(pi);
    while (job != null && job.getRetries() > 0 && attempts < 3) {
      attempts++;
      try {
        engine.getManagementService().executeJob(job.getId());
      } catch (RuntimeException failed) {
        // counted down by the engine; the job executor would try again after the retry interval
      }
      job = documentJob(pi);
    }

    assertThat(
            engine.getRuntimeService().createIncidentQuery().processInstanceId(pi.getId()).count())
        .isZero();
    assertThat(
            engine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(pi.getId())
                .activityId(PlanVersionProcess.EFFECTIVE_DATE_REACHED)
                .count())
        .as("waiting for the effective date")
        .isEqualTo(1);
    assertThat(plans.version(id).status()).isEqualTo(VersionStatus.APPROVED);
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM document"
                        + " WHERE subject_kind = 'PLAN_VERSION' AND subject_id = ?")
                .param(id)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    ApprovedDocument document = documents.info(id).orElseThrow();
    assertThat(document.pdfAvailable()).as("the PDF, from the restarted LibreOffice").isTrue();
    assertThat(document.pageCount()).isPositive();
    assertThat(plans.overview("NO-SOFFICE").modificationList().get(0).pageCount())
        .isEqualTo(document.pageCount());
  }

  private Job documentJob(ProcessInstance pi) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(pi.getId())
        .activityId(PlanVersionProcess.GENERATE_DOCUMENT)
        .singleResult();
  }
}
