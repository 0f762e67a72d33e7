package org.plandesk.review.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.plandesk.review.report.process.ImplementationReportVariables.DECISION;
import static org.plandesk.review.report.process.ImplementationReportVariables.DIRECTOR_COMMENT;
import static org.plandesk.review.report.process.ImplementationReportVariables.DRAFT_URL;
import static org.plandesk.review.report.process.ImplementationReportVariables.REVISION_NOTE;
import static org.plandesk.review.report.process.ImplementationReportVariables.SUMMARY;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plandesk.PlanDeskTest;
import org.plandesk.document.StoredDocument;
import org.plandesk.notification.MailKind;
import org.plandesk.notification.MailLog;
import org.plandesk.notification.MailLogEntry;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.process.LifecycleDriver;
import org.plandesk.process.FlowNodeCoverage;
import org.plandesk.review.ReviewService;
import org.plandesk.review.report.process.ImplementationReportPort;
import org.plandesk.review.report.process.ImplementationReportProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One test per path through implementation-report.bpmn, as the users do it: the coordinator asks
 * for the report of seed 004's Lutsk programme on its progress page, the director signs it off or
 * sends it back, the coordinator revises and sends it again; an administrator's cancellation
 * records and mails nothing. After the last, {@link FlowNodeCoverage} checks every flow node was
 * reached.
 */
@PlanDeskTest
class ImplementationReportProcessTest {

  @RegisterExtension
  static final FlowNodeCoverage COVERAGE = new FlowNodeCoverage(ImplementationReportProcess.KEY);

  @Autowired ProcessEngine engine;
  @Autowired PlanService plans;
  @Autowired ReviewService reviews;
  @Autowired JdbcClient jdbc;
  @Autowired ImplementationReportPort port;
  @Autowired ImplementationReports reports;
  @Autowired ReportDocuments documents;
  @Autowired MailLog mails;
  LifecycleDriver driver;
  String code;

  @BeforeEach
  void setUp() {
    init(engine);
    driver = new LifecycleDriver(engine, plans);
    code = new ReportSeeds(plans, reviews, jdbc).lutskWithAYear();
  }

  @AfterEach
  void endOpenReports() {
    engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(ImplementationReportProcess.KEY)
        .list()
        .forEach(pi -> engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test ended"));
  }

  private ProcessInstance requested(ImplementationReport report) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processInstanceId(report.processInstanceId())
        .singleResult();
  }

  /** Runs the instance's due jobs, as the job executor would. */
  private void runJobs(ProcessInstance pi) {
    List<Job> jobs;
    while (!(jobs =
            engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).list())
        .isEmpty()) {
      jobs.forEach(j -> engine.getManagementService().executeJob(j.getId()));
    }
  }

  private void decide(ProcessInstance pi, String decision, String comment) {
    Map<String, Object> form = new HashMap<>();
    form.put(DECISION.name(), decision);
    form.put(DIRECTOR_COMMENT.name(), comment);
    driver.complete("director", driver.task(pi, ImplementationReportProcess.SIGN_OFF), form);
  }

  private List<ReportEvent.Kind> history(ImplementationReport report) {
    return reports.historyOfVersions(List.of(report.versionId())).get(report.versionId()).stream()
        .filter(e -> e.reportId() == report.id())
        .map(ReportEvent::kind)
        .toList();
  }

  private List<MailLogEntry> mailsAbout(ImplementationReport report) {
    return mails
        .ofVersions(List.of(report.versionId()))
        .getOrDefault(report.versionId(), List.of());
  }

  @Test
  void signedOffReportIsArchivedWithTheDirectorsNameAndNoDraftMark() throws Exception {
    ImplementationReport report = port.start(code, ReportSeeds.year(), "coordinator");
    ProcessInstance pi = requested(report);
    assertThat(pi)
        .as("the request is committed before the generation")
        .isWaitingAt(ImplementationReportProcess.GENERATE_DRAFT);

    runJobs(pi);
    assertThat(pi).isWaitingAt(ImplementationReportProcess.SIGN_OFF);
    Task signOff = driver.task(pi, ImplementationReportProcess.SIGN_OFF);
    assertThat(signOff.getName()).isEqualTo("Затвердження звіту про виконання");
    assertThat(engine.getTaskService().getIdentityLinksForTask(signOff.getId()))
        .anyMatch(l -> "director".equals(l.getGroupId()));
    assertThat(engine.getTaskService().getVariable(signOff.getId(), SUMMARY.name()))
        .isEqualTo(
            "Виконано заходів плану: 2 з 3 · проведено заходів: 2, учасників: 60 · показників,"
                + " що досягли цілі: 1 з 2 · отримано грантів: 0");
    assertThat(engine.getTaskService().getVariable(signOff.getId(), DRAFT_URL.name()))
        .isEqualTo("/api/reports/" + report.id() + "/document.docx?edition=DRAFT_1");
    assertThat(mailsAbout(report))
        .as("the director is told of the task, in the plan's language")
        .anyMatch(m -> m.kind() == MailKind.TASK_CREATED && "director".equals(m.recipientUser()));
    StoredDocument draft = documents.document(report.id(), "DRAFT_1");
    assertThat(draft.fileName())
        .isEqualTo("Звіт про виконання " + ReportSeeds.year() + " – " + code + " – проєкт 1.docx");

    assertThatThrownBy(() -> decide(pi, "REJECT", "Ні"))
        .as("a report is signed off or sent back, never rejected")
        .hasMessageContaining("Sign the report off or send it back");
    decide(pi, "APPROVE", null);
    assertThat(reports.report(report.id()).status()).isEqualTo(ReportStatus.SIGNED_OFF);
    assertThat(pi)
        .as("the sign-off is committed before the archiving")
        .isWaitingAt(ImplementationReportProcess.GENERATE_SIGNED_OFF);
    runJobs(pi);
    assertThat(pi)
        .hasPassed(
            ImplementationReportProcess.SIGN_OFF_DECISION,
            ImplementationReportProcess.GENERATE_SIGNED_OFF,
            ImplementationReportProcess.END_SIGNED_OFF)
        .isEnded();

    ImplementationReport signed = reports.report(report.id());
    assertThat(signed.signedOffBy()).isEqualTo("director");
    StoredDocument archived = documents.document(report.id(), ReportDocuments.SIGNED_OFF);
    assertThat(archived.fileName())
        .isEqualTo("Звіт про виконання " + ReportSeeds.year() + " – " + code + ".docx");
    String text = org.plandesk.document.DocxReading.text(archived.docx());
    assertThat(text)
        .contains("Затвердив(ла)", "Mikolasek Zsófia")
        .doesNotContain("ПРОЄКТ – не затверджено", "${");
    assertThat(org.plandesk.document.DocxReading.text(draft.docx()))
        .contains("ПРОЄКТ – не затверджено")
        .doesNotContain("Mikolasek Zsófia");
    assertThat(history(report))
        .containsExactly(
            ReportEvent.Kind.REQUESTED,
            ReportEvent.Kind.GENERATED,
            ReportEvent.Kind.SIGNED_OFF,
            ReportEvent.Kind.GENERATED);
    assertThatThrownBy(() -> port.start(code, ReportSeeds.year(), "coordinator"))
        .hasMessageContaining("is signed off already");
  }

  @Test
  void sentBackReportIsRevisedByTheCoordinatorAndSignedOffAsItsSecondDraft() {
    ImplementationReport report = port.start(code, ReportSeeds.year(), "coordinator");
    ProcessInstance pi = requested(report);
    runJobs(pi);
    assertThatThrownBy(() -> port.start(code, ReportSeeds.year(), "coordinator"))
        .as("one report of a year at a time")
        .hasMessageContaining("is on its way already");

    assertThatThrownBy(() -> decide(pi, "REQUEST_CHANGES", " "))
        .hasMessageContaining("A comment is required to send the report back");
    decide(pi, "REQUEST_CHANGES", "Додайте весняний тренінг");
    assertThat(pi)
        .hasPassed(ImplementationReportProcess.SIGN_OFF_DECISION)
        .isWaitingAt(ImplementationReportProcess.REVISE);
    Task revise = driver.task(pi, ImplementationReportProcess.REVISE);
    assertThat(revise.getAssignee()).isEqualTo("coordinator");
    assertThat(reports.report(report.id()).status()).isEqualTo(ReportStatus.SENT_BACK);
    assertThat(mailsAbout(report))
        .as("the coordinator is told the report came back")
        .anyMatch(
            m -> m.kind() == MailKind.TASK_ASSIGNED && "coordinator".equals(m.recipientUser()));

    assertThatThrownBy(
            () -> driver.complete("coordinator", revise, Map.of(REVISION_NOTE.name(), "")))
        .hasMessageContaining("Say what was revised");
    driver.complete(
        "coordinator", revise, Map.of(REVISION_NOTE.name(), "Тренінг додано до журналу"));
    assertThat(pi)
        .hasPassed(ImplementationReportProcess.JOIN_DRAFT)
        .isWaitingAt(ImplementationReportProcess.GENERATE_DRAFT);
    runJobs(pi);
    Task second = driver.task(pi, ImplementationReportProcess.SIGN_OFF);
    assertThat(engine.getTaskService().getVariable(second.getId(), DECISION.name()))
        .as("the director's form starts without a choice")
        .isNull();
    assertThat(engine.getTaskService().getVariable(second.getId(), DRAFT_URL.name()))
        .isEqualTo("/api/reports/" + report.id() + "/document.docx?edition=DRAFT_2");
    assertThat(reports.report(report.id()).round()).isEqualTo(2);

    decide(pi, "APPROVE", "Добре");
    runJobs(pi);
    assertThat(pi).isEnded();
    assertThat(history(report))
        .containsExactly(
            ReportEvent.Kind.REQUESTED,
            ReportEvent.Kind.GENERATED,
            ReportEvent.Kind.SENT_BACK,
            ReportEvent.Kind.RESENT,
            ReportEvent.Kind.GENERATED,
            ReportEvent.Kind.SIGNED_OFF,
            ReportEvent.Kind.GENERATED);
  }

  @Test
  void cancelledReportRecordsAndMailsNothingMore() {
    ImplementationReport report = port.start(code, ReportSeeds.year(), "coordinator");
    ProcessInstance pi = requested(report);
    runJobs(pi);
    int mailsBefore = mailsAbout(report).size();

    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "asked for by mistake");

    assertThat(pi).isEnded();
    assertThat(history(report))
        .containsExactly(ReportEvent.Kind.REQUESTED, ReportEvent.Kind.GENERATED);
    assertThat(reports.report(report.id()).status()).isEqualTo(ReportStatus.IN_SIGN_OFF);
    assertThat(mailsAbout(report)).hasSize(mailsBefore);
    assertThatThrownBy(() -> documents.document(report.id(), ReportDocuments.SIGNED_OFF))
        .hasMessageContaining("has no signed-off document yet");
    assertThat(port.start(code, ReportSeeds.year(), "coordinator").id())
        .as("a cancelled report can be asked for again")
        .isNotEqualTo(report.id());
  }

  @Test
  void aReportNeedsAPlanInForceAndAYearThatHasBegun() {
    assertThatThrownBy(() -> port.start(code, ReportSeeds.year() + 2, "coordinator"))
        .hasMessageContaining("The report's year must be between 2000 and");
    assertThatThrownBy(() -> port.start("NO SUCH PLAN", ReportSeeds.year(), "coordinator"))
        .hasMessageContaining("NO SUCH PLAN");
  }
}
