package org.plandesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskApplication;
import org.plandesk.cluster.HttpLifecycle.Decision;
import org.plandesk.lifecycle.LifecycleDriver;
import org.plandesk.lifecycle.PlanVersionProcess;
import org.plandesk.notification.ReceivedMail;
import org.plandesk.plan.PlanService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * PostgreSQL goes away and comes back while PlanDesk works: the connection pool recovers by itself,
 * and a document generation that was running when the connection broke ends as a failed attempt
 * the operator sees with its error, is retried by the job executor and makes exactly one document;
 * the director's approval stays, and every mail goes out once. The database is reached through a
 * TCP proxy the test cuts, never by stopping the shared server.
 */
class PostgresOutageTest {

  private static final String ADMIN_PASSWORD = "outage-admin";

  private final FreshDatabase database = FreshDatabase.create("pg_outage");
  private final TcpProxy proxy = new TcpProxy("127.0.0.1", 5432);
  private final int smtpPort = NodeProcess.freePort();
  private final GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  private final DocumentGenerationGate gate = new DocumentGenerationGate();
  private final HttpClient http = HttpClient.newHttpClient();
  private ConfigurableApplicationContext app;

  @AfterEach
  void tearDown() {
    gate.release();
    ClockUtil.reset();
    if (app != null) {
      app.close();
    }
    proxy.close();
    smtp.stop();
  }

  @Test
  void aJobCutOffFromTheDatabaseIsRetriedAndTheApprovalDocumentAndMailsExistOnceAfterwards() throws Exception {
    smtp.start();
    app = new SpringApplicationBuilder(PlanDeskApplication.class)
        .profiles("postgres")
        .initializers(context -> context.getBeanFactory().registerSingleton("documentGenerationGate", gate))
        .run("--spring.main.banner-mode=off",
            "--server.port=0",
            "--spring.datasource.url=" + database.urlThrough(proxy.hostAndPort()),
            // A request waits this long for a connection while the database is away (default 30 s).
            "--spring.datasource.hikari.connection-timeout=3000",
            // Other test contexts in this JVM keep the name "default"; this one reaches its engine by bean.
            "--camunda.bpm.generate-unique-process-engine-name=true",
            "--camunda.bpm.admin-user.password=" + ADMIN_PASSWORD,
            "--camunda.bpm.job-execution.wait-time-in-millis=500",
            "--camunda.bpm.job-execution.max-wait=2000",
            "--plandesk.demo-data=true",
            "--plandesk.demo-plans=false",
            "--plandesk.documents.office-enabled=false",
            "--plandesk.notification.poll-interval=PT1S",
            "--spring.mail.host=127.0.0.1",
            "--spring.mail.port=" + smtpPort,
            "--spring.mail.properties.mail.smtp.starttls.enable=false",
            "--spring.mail.properties.mail.smtp.starttls.required=false",
            "--plandesk.base-url=https://plandesk.example");
    ProcessEngine engine = app.getBean(ProcessEngine.class);
    var driver = new LifecycleDriver(engine, app.getBean(PlanService.class));
    String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    NodeClient node = new NodeClient("in-jvm", base, ADMIN_PASSWORD);

    LocalDate today = LocalDate.now();
    ProcessInstance pi = driver.approvedWithoutInput("OUTAGE-1", today, today);
    long versionId = driver.versionId(pi);

    // The job executor runs the document generation; it holds inside the job's transaction.
    gate.awaitHeld();
    assertThat(node.get("/api/versions/" + versionId, "director").at("/version/status").asText()).isEqualTo("APPROVED");

    proxy.cut();
    assertThat(status("/actuator/health")).as("the load balancer sees the node down").isEqualTo(503);
    assertThat(node.status("/api/versions/" + versionId, "director")).as("users get an error, not a hang").isGreaterThanOrEqualTo(500);

    proxy.restore();
    await().atMost(Duration.ofSeconds(30)).until(() -> status("/actuator/health") == 200);
    assertThat(node.get("/api/versions/" + versionId, "director").at("/version/status").asText())
        .as("the approval committed before the outage is kept").isEqualTo("APPROVED");

    // The held job goes on with its broken connection and fails; the failure is recorded.
    gate.release();
    Job failed = await().atMost(Duration.ofSeconds(30)).until(
        () -> engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult(),
        job -> job != null && job.getRetries() == 2);
    assertThat(failed.getExceptionMessage()).as("what the operator sees in Cockpit").isNotBlank();
    assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
    assertThat(database.jdbc().sql("SELECT COUNT(*) FROM plan_document").query(Long.class).single()).isZero();

    // Two minutes later (failedJobRetryTimeCycle R3/PT2M) the job executor tries again, and succeeds.
    ClockUtil.offset(Duration.ofMinutes(3).toMillis());
    HttpLifecycle lifecycle = HttpLifecycle.begun("OUTAGE-1", List.of(), List.of(Decision.APPROVE), pi.getId());
    Quiet.await(database, List.of(lifecycle), Duration.ofMinutes(2));
    var version = node.get("/api/versions/" + versionId, "director");
    assertThat(version.at("/version/status").asText()).isEqualTo("IN_FORCE");
    assertThat(version.at("/document/sha256").asText()).hasSize(64);

    List<ReceivedMail> received = Arrays.stream(smtp.getReceivedMessages()).map(ReceivedMail::of).toList();
    var checks = new ExactlyOnceChecks(database.jdbc()).run(List.of(lifecycle), received, true);
    assertThat(checks).allMatch(ExactlyOnceChecks.Check::passed);
    assertThat(database.jdbc().sql("SELECT COUNT(*) FROM act_hi_job_log WHERE job_state_ = 1 AND act_id_ = ?")
        .param(PlanVersionProcess.GENERATE_DOCUMENT).query(Long.class).single()).as("the failed attempt is in the job log").isEqualTo(1);
  }

  private int status(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.getEnvironment().getProperty("local.server.port") + path))
        .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
