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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskApplication;
import org.plandesk.cluster.HttpLifecycle.Decision;
import org.plandesk.notification.ReceivedMail;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.process.LifecycleDriver;
import org.plandesk.plan.process.PlanVersionProcess;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * PostgreSQL goes away and comes back while PlanDesk works: the connection pool recovers by itself,
 * and a document generation that was running when the connection broke ends as a failed attempt the
 * operator sees with its error, is retried by the job executor and makes exactly one document; the
 * director's approval stays, and every mail goes out once. The same when the network falls silent
 * instead (no error, no reset): the driver's socket timeout frees the job's thread. The database is
 * reached through a TCP proxy the test cuts or stalls, never by stopping the server.
 */
@Tag("integration")
class PostgresOutageTest {

  private static final String ADMIN_PASSWORD = "outage-admin";

  /** The engine clock is moved this far ahead so the effective-date timer fires now. */
  private static final Duration ENGINE_CLOCK_AHEAD = Duration.ofMinutes(3);

  private final FreshDatabase database = FreshDatabase.create("pg_outage");
  private final TcpProxy proxy = new TcpProxy("127.0.0.1", 5432);
  private final int smtpPort = NodeProcess.freePort();
  private final GreenMail smtp =
      new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
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
  void aJobCutOffFromTheDatabaseIsRetriedAndTheApprovalDocumentAndMailsExistOnceAfterwards()
      throws Exception {
    Started node = start();
    ProcessInstance pi =
        node.driver().approvedWithoutInput("OUTAGE-1", LocalDate.now(), LocalDate.now());
    long versionId = node.driver().versionId(pi);

    // The job executor runs the document generation; it holds inside the job's transaction.
    gate.awaitHeld();
    assertThat(
            node.client()
                .get("/api/versions/" + versionId, "director")
                .at("/version/status")
                .asText())
        .isEqualTo("APPROVED");

    proxy.cut();
    assertThat(status("/actuator/health"))
        .as("the load balancer sees the node down")
        .isEqualTo(503);
    assertThat(node.client().status("/api/versions/" + versionId, "director"))
        .as("users get an error, not a hang")
        .isGreaterThanOrEqualTo(500);

    proxy.restore();
    await().atMost(Duration.ofSeconds(30)).until(() -> status("/actuator/health") == 200);
    assertThat(
            node.client()
                .get("/api/versions/" + versionId, "director")
                .at("/version/status")
                .asText())
        .as("the approval committed before the outage is kept")
        .isEqualTo("APPROVED");

    // The held job goes on with its broken connection and fails; the failure is recorded.
    gate.release();
    Job failed =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    node.engine()
                        .getManagementService()
                        .createJobQuery()
                        .processInstanceId(pi.getId())
                        .singleResult(),
                job -> job != null && job.getRetries() == 2);
    assertThat(failed.getExceptionMessage()).as("what the operator sees in Cockpit").isNotBlank();
    assertThat(node.engine().getRuntimeService().createIncidentQuery().count()).isZero();
    assertThat(
            database
                .jdbc()
                .sql("SELECT COUNT(*) FROM document WHERE subject_kind = 'PLAN_VERSION'")
                .query(Long.class)
                .single())
        .isZero();

    retriedToTheEnd(node, "OUTAGE-1", pi, versionId);
    assertThat(
            database
                .jdbc()
                .sql("SELECT COUNT(*) FROM act_hi_job_log WHERE job_state_ = 1 AND act_id_ = ?")
                .param(PlanVersionProcess.GENERATE_DOCUMENT)
                .query(Long.class)
                .single())
        .as("the failed attempt is in the job log")
        .isEqualTo(1);
  }

  @Test
  void aJobWhoseDatabaseFallsSilentGivesUpAfterTheSocketTimeoutAndIsRetried() throws Exception {
    // Production waits 300 s (PLANDESK_DB_SOCKET_TIMEOUT); the job lock expires sooner than 5
    // minutes.
    Started node =
        start(
            "--spring.datasource.hikari.data-source-properties.socketTimeout=5",
            "--camunda.bpm.job-execution.lock-time-in-millis=20000");
    ProcessInstance pi =
        node.driver().approvedWithoutInput("SILENT-1", LocalDate.now(), LocalDate.now());
    long versionId = node.driver().versionId(pi);
    gate.awaitHeld();

    // The network drops every byte without a word, while the job is inside its transaction.
    proxy.stall();
    gate.release();
    // Without a socket timeout the job's thread would wait for an answer for ever.
    await().atMost(Duration.ofSeconds(60)).until(() -> proxy.abandonedWhileStalled() > 0);
    proxy.restore();
    await().atMost(Duration.ofSeconds(30)).until(() -> status("/actuator/health") == 200);
    assertThat(
            node.client()
                .get("/api/versions/" + versionId, "director")
                .at("/version/status")
                .asText())
        .as("the approval committed before is kept")
        .isEqualTo("APPROVED");
    assertThat(
            database
                .jdbc()
                .sql("SELECT COUNT(*) FROM document WHERE subject_kind = 'PLAN_VERSION'")
                .query(Long.class)
                .single())
        .isZero();

    retriedToTheEnd(node, "SILENT-1", pi, versionId);
  }

  /**
   * A PlanDesk node in this JVM with its database behind the proxy; timers run on the engine clock.
   */
  private record Started(ProcessEngine engine, LifecycleDriver driver, NodeClient client) {}

  private Started start(String... more) {
    smtp.start();
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "--spring.main.banner-mode=off",
                "--server.port=0",
                "--spring.datasource.url=" + database.urlThrough(proxy.hostAndPort()),
                // A request waits this long for a connection while the database is away (default 30
                // s).
                "--spring.datasource.hikari.connection-timeout=3000",
                // Other test contexts in this JVM keep the name "default"; this one reaches its
                // engine by bean.
                "--camunda.bpm.generate-unique-process-engine-name=true",
                "--camunda.bpm.admin-user.password=" + ADMIN_PASSWORD,
                "--camunda.bpm.job-execution.wait-time-in-millis=500",
                "--camunda.bpm.job-execution.max-wait=2000",
                "--plandesk.demo-data=true",
                "--plandesk.demo-plans=false",
                "--plandesk.documents.office-enabled=false",
                "--plandesk.notification.poll-interval=PT1S",
                // A mail claimed just before the database went away stays claimed until this
                // timeout
                // (production: 10 minutes), then goes out.
                "--plandesk.notification.claim-timeout=PT40S",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--spring.mail.properties.mail.smtp.starttls.enable=false",
                "--spring.mail.properties.mail.smtp.starttls.required=false",
                "--plandesk.base-url=https://plandesk.example"));
    args.addAll(List.of(more));
    app =
        new SpringApplicationBuilder(PlanDeskApplication.class)
            .profiles("postgres")
            .initializers(
                context ->
                    context.getBeanFactory().registerSingleton("documentGenerationGate", gate))
            .run(args.toArray(String[]::new));
    ProcessEngine engine = app.getBean(ProcessEngine.class);
    String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    return new Started(
        engine,
        new LifecycleDriver(engine, app.getBean(PlanService.class)),
        new NodeClient("in-jvm", base, ADMIN_PASSWORD));
  }

  /**
   * The retry (due two minutes later, R3/PT2M) runs; the version is in force with one document,
   * every mail once.
   */
  private void retriedToTheEnd(Started node, String code, ProcessInstance pi, long versionId) {
    ClockUtil.offset(ENGINE_CLOCK_AHEAD.toMillis());
    HttpLifecycle lifecycle =
        HttpLifecycle.begun(code, List.of(), List.of(Decision.APPROVE), pi.getId());
    Quiet.await(database, List.of(lifecycle), Duration.ofMinutes(2));
    var version = node.client().get("/api/versions/" + versionId, "director");
    assertThat(version.at("/version/status").asText()).isEqualTo("IN_FORCE");
    assertThat(version.at("/document/sha256").asText()).hasSize(64);

    List<ReceivedMail> received =
        Arrays.stream(smtp.getReceivedMessages()).map(ReceivedMail::of).toList();
    var checks =
        new ExactlyOnceChecks(database.jdbc())
            .engineClockAhead(ENGINE_CLOCK_AHEAD)
            .run(List.of(lifecycle), received, true);
    assertThat(checks).allMatch(ExactlyOnceChecks.Check::passed);
  }

  private int status(String path) throws Exception {
    return http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://localhost:"
                            + app.getEnvironment().getProperty("local.server.port")
                            + path))
                .timeout(Duration.ofSeconds(20))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
