package org.plandesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.plandesk.SeedPlans;
import org.plandesk.plan.PlanLanguage;
import org.plandesk.plan.process.PlanVersionProcess;
import org.plandesk.process.DirectorDecision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the outbox promises when SMTP misbehaves: nothing lost, nothing twice, the process never
 * waits for mail, and a mail that keeps failing ends where the admin sees it and can resend it.
 */
class SmtpOutageTest extends MailTestBase {

  @Autowired Mailer mailer;
  @Autowired SmtpGateway gateway;
  @Autowired NotificationProperties properties;
  @Autowired TransactionTemplate transactions;
  @Autowired ApplicationContext context;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void mailsWrittenWhileSmtpIsDownGoOutExactlyOnceWhenItIsBackAndTheProcessWentOnMeanwhile() {
    smtp.stop();
    Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    ProcessInstance pi =
        driver.startNewPlan(
            "coordinator", code("OUTAGE"), SeedPlans.KULSO_KOMM_TITLE, "COMMUNICATION_PLAN", "hu");
    assertThat(sender.sendDueMails(start)).isZero();
    driver.writeContent(pi, SeedPlans.kulsoKommunikacio());
    driver.draft(pi, List.of("lending", "events"), TODAY.plusDays(7));
    assertThat(sender.sendDueMails(start.plusSeconds(61))).isZero();
    driver.giveInput("anna", pi, "lending", "Rendben.", List.of());
    driver.giveInput("peter", pi, "events", "Rendezvénynaptár.", List.of());
    driver.consolidate(pi);
    driver.decide(pi, DirectorDecision.REQUEST_CHANGES, "A közösségi médiát is kérem.", null);
    assertThat(sender.sendDueMails(start.plusSeconds(200))).isZero();

    // The lifecycle went on without SMTP; every mail waits in the outbox with its last error.
    assertThat(driver.tasks(pi, PlanVersionProcess.CONSOLIDATE_DRAFT)).hasSize(1);
    List<OutboxMail> waiting = outbox.list(null, 100);
    assertThat(waiting).hasSize(7).allMatch(m -> m.status() == MailStatus.PENDING);
    assertThat(waiting)
        .filteredOn(m -> m.attempts() > 0)
        .isNotEmpty()
        .allSatisfy(m -> assertThat(m.lastError()).containsIgnoringCase("connect"));
    assertThat(received()).isEmpty();

    smtp.start();
    assertThat(sender.sendDueMails(start.plus(Duration.ofHours(1)))).isEqualTo(7);

    List<ReceivedMail> delivered = received();
    assertThat(delivered).hasSize(7);
    assertThat(delivered).extracting(ReceivedMail::messageId).doesNotHaveDuplicates();
    assertThat(delivered)
        .extracting(ReceivedMail::user)
        .containsExactlyInAnyOrder(
            "coordinator",
            "anna",
            "peter",
            "coordinator",
            "director",
            "coordinator",
            "coordinator");
    List<OutboxMail> sent = outbox.list(null, 100);
    assertThat(sent).allMatch(m -> m.status() == MailStatus.SENT);
    assertThat(sent)
        .extracting(OutboxMail::messageId)
        .containsExactlyInAnyOrderElementsOf(
            delivered.stream().map(ReceivedMail::messageId).toList());

    // Later runs find nothing to send.
    assertThat(sender.sendDueMails(start.plus(Duration.ofHours(2)))).isZero();
    assertThat(received()).isEmpty();
  }

  @Test
  void aMailThatKeepsFailingWaitsLongerEachTimeThenEndsFailedForTheAdminWhoCanResendIt()
      throws Exception {
    smtp.stop();
    driver.startNewPlan(
        "coordinator", code("FAIL"), SeedPlans.KULSO_KOMM_TITLE, "COMMUNICATION_PLAN", "hu");
    OutboxMail mail = outbox.list(null, 10).get(0);
    Instant t = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    sender.sendDueMails(t);
    assertThat(outbox.find(mail.id()).orElseThrow())
        .returns(1, OutboxMail::attempts)
        .returns(t.plus(Duration.ofMinutes(1)), OutboxMail::nextAttemptAt);
    sender.sendDueMails(t.plusSeconds(30));
    assertThat(outbox.find(mail.id()).orElseThrow().attempts())
        .as("not due before its backoff")
        .isEqualTo(1);
    sender.sendDueMails(t.plusSeconds(60));
    assertThat(outbox.find(mail.id()).orElseThrow())
        .returns(2, OutboxMail::attempts)
        .returns(t.plusSeconds(60 + 120), OutboxMail::nextAttemptAt);
    sender.sendDueMails(t.plusSeconds(180));

    OutboxMail failed = outbox.find(mail.id()).orElseThrow();
    assertThat(failed.status()).isEqualTo(MailStatus.FAILED);
    assertThat(failed.attempts()).isEqualTo(3);
    assertThat(failed.lastError()).contains("Connection refused");
    assertThat(sender.sendDueMails(t.plus(Duration.ofDays(1)))).as("FAILED stays failed").isZero();

    // The admin sees it, with its error; other staff and strangers do not.
    HttpResponse<String> list = get("/api/admin/mails?status=FAILED", "admin", "admin");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body())
        .contains("\"id\":" + mail.id())
        .contains("\"status\":\"FAILED\"")
        .contains("Connection refused")
        .contains("\"recipientAddress\":\"coordinator@library.example\"");
    assertThat(get("/api/admin/mails", "coordinator", "demo").statusCode()).isEqualTo(403);
    assertThat(get("/api/admin/mails", null, null).statusCode()).isEqualTo(401);
    // (A wrong password for a real user would make Camunda delay that user's next sign-in.)
    assertThat(get("/api/admin/mails", "nobody", "wrong").statusCode()).isEqualTo(401);
    assertThat(post("/api/admin/mails/" + mail.id() + "/resend", "director", "demo").statusCode())
        .isEqualTo(403);

    smtp.start();
    assertThat(post("/api/admin/mails/" + mail.id() + "/resend", "admin", "admin").statusCode())
        .isEqualTo(202);
    assertThat(deliver()).extracting(ReceivedMail::user).containsExactly("coordinator");
    assertThat(outbox.find(mail.id()).orElseThrow().status()).isEqualTo(MailStatus.SENT);
    assertThat(post("/api/admin/mails/" + mail.id() + "/resend", "admin", "admin").statusCode())
        .as("a sent mail is not sent twice")
        .isEqualTo(409);
    assertThat(post("/api/admin/mails/999999/resend", "admin", "admin").statusCode())
        .isEqualTo(404);
  }

  @Test
  void aMailInTheHandOfACrashedSenderIsNeverSentAgainOnItsOwnAndTheAdminConfirmsOrResendsIt()
      throws Exception {
    driver.startNewPlan(
        "coordinator", code("CRASH-A"), SeedPlans.KULSO_KOMM_TITLE, "COMMUNICATION_PLAN", "hu");
    driver.startNewPlan(
        "coordinator", code("CRASH-B"), SeedPlans.KULSO_KOMM_TITLE, "COMMUNICATION_PLAN", "hu");
    Instant t = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    List<OutboxMail> written = outbox.list(null, 10);
    assertThat(written).hasSize(2);
    OutboxMail delivered = written.get(1);
    OutboxMail notDelivered = written.get(0);
    // A sender claims both and starts handing them over; the server takes the first, then the node
    // dies.
    for (OutboxMail mail : written) {
      assertThat(outbox.claim(mail.id(), "node-that-died", t)).isTrue();
      assertThat(outbox.markHanded(mail.id(), "node-that-died", gateway.messageId(mail), t))
          .isTrue();
    }
    try (SmtpConnection connection = gateway.connection()) {
      connection.open();
      connection.send(gateway.prepare(outbox.find(delivered.id()).orElseThrow(), null));
    }
    assertThat(received()).hasSize(1);

    assertThat(sender.sendDueMails(t.plusSeconds(60)))
        .as("the claims hold: the node may only be slow")
        .isZero();
    assertThat(sender.sendDueMails(t.plus(properties.claimTimeout()).plusSeconds(1))).isZero();
    assertThat(sender.sendDueMails(t.plus(Duration.ofDays(1))))
        .as("not sent again on its own")
        .isZero();
    assertThat(received()).as("no copy").isEmpty();
    assertThat(outbox.find(delivered.id()).orElseThrow().status())
        .isEqualTo(MailStatus.UNCONFIRMED);
    assertThat(outbox.find(notDelivered.id()).orElseThrow().status())
        .isEqualTo(MailStatus.UNCONFIRMED);

    // The admin lists them with the Message-ID to look for.
    HttpResponse<String> list = get("/api/admin/mails?status=UNCONFIRMED", "admin", "admin");
    assertThat(list.body())
        .contains("\"messageId\":\"" + gateway.messageId(delivered) + "\"")
        .contains("\"status\":\"UNCONFIRMED\"")
        .contains("may have been delivered");
    assertThat(get("/actuator/health", "admin", "admin").body()).contains("\"unconfirmed\":2");
    assertThat(
            post("/api/admin/mails/" + delivered.id() + "/confirm-delivered", "director", "demo")
                .statusCode())
        .isEqualTo(403);

    // The first was in the mail server's log: confirmed. The second was not: resent, once.
    assertThat(
            post("/api/admin/mails/" + delivered.id() + "/confirm-delivered", "admin", "admin")
                .statusCode())
        .isEqualTo(200);
    assertThat(outbox.find(delivered.id()).orElseThrow())
        .returns(MailStatus.SENT, OutboxMail::status)
        .returns(t, OutboxMail::sentAt);
    assertThat(
            post("/api/admin/mails/" + delivered.id() + "/confirm-delivered", "admin", "admin")
                .statusCode())
        .as("only an UNCONFIRMED mail")
        .isEqualTo(409);
    assertThat(
            post("/api/admin/mails/" + delivered.id() + "/resend", "admin", "admin").statusCode())
        .as("a confirmed mail is not sent twice")
        .isEqualTo(409);
    assertThat(
            post("/api/admin/mails/" + notDelivered.id() + "/resend", "admin", "admin")
                .statusCode())
        .isEqualTo(202);
    assertThat(deliver())
        .extracting(ReceivedMail::messageId)
        .containsExactly(gateway.messageId(notDelivered));
    assertThat(outbox.count(MailStatus.SENT)).isEqualTo(2);
    assertThat(sender.sendDueMails(t.plus(Duration.ofDays(2)))).isZero();
  }

  @Test
  void twoSendersOnTheSameOutboxNeverSendTheSameMail() throws Exception {
    List<Recipient> staff = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      staff.add(
          new Recipient(
              "user" + i, "user" + i + "@library.example", "User " + i, Optional.empty()));
    }
    transactions.executeWithoutResult(
        tx ->
            mailer.post(
                MailKind.TASK_CREATED,
                staff,
                PlanLanguage.en,
                new Mailer.About(null, null),
                null,
                letter -> letter.subject("task.action")));
    OutboxSender otherNode = new OutboxSender(outbox, gateway, properties, Clock.systemUTC());

    var pool = Executors.newFixedThreadPool(2);
    var go = new CountDownLatch(1);
    try {
      Future<Integer> one =
          pool.submit(
              () -> {
                go.await();
                return sender.sendDueMails();
              });
      Future<Integer> two =
          pool.submit(
              () -> {
                go.await();
                return otherNode.sendDueMails();
              });
      go.countDown();
      assertThat(one.get() + two.get()).isEqualTo(40);
    } finally {
      pool.shutdownNow();
    }

    List<ReceivedMail> delivered = received();
    assertThat(delivered)
        .extracting(ReceivedMail::user)
        .containsExactlyInAnyOrderElementsOf(staff.stream().map(Recipient::userId).toList());
    assertThat(outbox.list(MailStatus.SENT, 100)).hasSize(40);
  }

  @Test
  void aServerThatTakesTheConnectionButNeverAnswersCostsOneTimeoutAndTheMailWaitsForTheNextRun()
      throws Exception {
    driver.startNewPlan(
        "coordinator", code("HANG"), SeedPlans.KULSO_KOMM_TITLE, "COMMUNICATION_PLAN", "hu");
    Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    // The kernel completes the TCP handshake, the server never says a word (a hung relay).
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      var hungServer = new JavaMailSenderImpl();
      hungServer.setHost("127.0.0.1");
      hungServer.setPort(silent.getLocalPort());
      hungServer.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
      hungServer.getJavaMailProperties().put("mail.smtp.timeout", "2000");
      var gatewayToHungServer =
          new SmtpGateway(
              new StaticListableBeanFactory(Map.of("mailSender", hungServer))
                  .getBeanProvider(JavaMailSender.class),
              properties);
      long began = System.nanoTime();

      assertThat(
              new OutboxSender(outbox, gatewayToHungServer, properties, Clock.systemUTC())
                  .sendDueMails(start))
          .isZero();

      assertThat(Duration.ofNanos(System.nanoTime() - began))
          .as("one timeout, not a hang")
          .isLessThan(Duration.ofSeconds(15));
    }
    OutboxMail waiting = outbox.list(null, 10).get(0);
    assertThat(waiting.status()).isEqualTo(MailStatus.PENDING);
    assertThat(waiting.attempts()).isEqualTo(1);
    assertThat(waiting.lastError()).containsIgnoringCase("timed out");

    assertThat(sender.sendDueMails(start.plus(properties.backoffAfter(1))))
        .as("the real server, after the backoff")
        .isEqualTo(1);
    assertThat(received()).extracting(ReceivedMail::user).containsExactly("coordinator");
  }

  @Test
  void aMailTheServerTookIsMarkedSentOnceTheDatabaseAnswersAgainAndIsNeverSentTwice() {
    driver.startNewPlan(
        "coordinator", code("DB-BLIP"), SeedPlans.KULSO_KOMM_TITLE, "COMMUNICATION_PLAN", "hu");
    // The database goes away for a moment right after the SMTP server accepted the mail.
    MailOutbox blinkingDatabase =
        new MailOutbox(jdbc) {
          private int refusals = 2;

          @Override
          boolean markSent(long id, String sender, String messageId, Instant now) {
            if (refusals-- > 0) {
              throw new CannotGetJdbcConnectionException(
                  "Connection is not available, request timed out");
            }
            return super.markSent(id, sender, messageId, now);
          }
        };

    assertThat(
            new OutboxSender(blinkingDatabase, gateway, properties, Clock.systemUTC())
                .sendDueMails())
        .isEqualTo(1);

    assertThat(outbox.list(null, 10)).singleElement().returns(MailStatus.SENT, OutboxMail::status);
    assertThat(
            sender.sendDueMails(
                Instant.now().plus(properties.claimTimeout()).plus(Duration.ofHours(1))))
        .as("nothing left to send, not even after the claim would have expired")
        .isZero();
    assertThat(received()).extracting(ReceivedMail::user).containsExactly("coordinator");
  }

  @Test
  void aLongRunClaimsEachMailWhenItTakesItSoAnotherNodeNeverTakesAMailStillBeingSent() {
    List<Recipient> staff = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      staff.add(
          new Recipient(
              "slow" + i, "slow" + i + "@library.example", "Slow " + i, Optional.empty()));
    }
    transactions.executeWithoutResult(
        tx ->
            mailer.post(
                MailKind.TASK_CREATED,
                staff,
                PlanLanguage.en,
                new Mailer.About(null, null),
                null,
                letter -> letter.subject("task.action")));
    Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    var time = new MovingClock(start);
    // Each mail takes the slow server 0.6 claim timeouts; while the third is on its way, another
    // node runs, long after this run began but well within the third mail's claim.
    Duration perMail = properties.claimTimeout().multipliedBy(6).dividedBy(10);
    OutboxSender otherNode = new OutboxSender(outbox, gateway, properties, Clock.systemUTC());
    List<Integer> sentByOther = new ArrayList<>();
    SmtpGateway slowServer =
        new SmtpGateway(context.getBeanProvider(JavaMailSender.class), properties) {
          private int calls;

          @Override
          SmtpConnection connection() {
            return new SmtpConnection(context.getBean(JavaMailSender.class)) {
              @Override
              void send(MimeMessage message) {
                super.send(message);
                time.advance(perMail);
                if (++calls == 3) {
                  sentByOther.add(otherNode.sendDueMails(time.instant()));
                }
              }
            };
          }
        };

    assertThat(new OutboxSender(outbox, slowServer, properties, time).sendDueMails()).isEqualTo(3);

    assertThat(sentByOther).containsExactly(0);
    assertThat(received())
        .extracting(ReceivedMail::user)
        .containsExactlyInAnyOrder("slow0", "slow1", "slow2");
    assertThat(outbox.list(MailStatus.SENT, 10)).hasSize(3);
  }

  /** A clock the test moves on, as time passes while a slow server takes each mail. */
  private static final class MovingClock extends Clock {
    private Instant now;

    MovingClock(Instant start) {
      this.now = start;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  @Test
  void theBackoffDoublesUpToItsLimit() {
    var settings =
        new NotificationProperties(
            "a@b",
            "A",
            "en",
            false,
            Duration.ofSeconds(15),
            10,
            Duration.ofMinutes(1),
            Duration.ofMinutes(10),
            Duration.ofMinutes(10),
            50);
    assertThat(List.of(1, 2, 3, 4, 5, 6, 20).stream().map(settings::backoffAfter).toList())
        .containsExactly(
            Duration.ofMinutes(1),
            Duration.ofMinutes(2),
            Duration.ofMinutes(4),
            Duration.ofMinutes(8),
            Duration.ofMinutes(10),
            Duration.ofMinutes(10),
            Duration.ofMinutes(10));
  }

  private HttpResponse<String> get(String path, String user, String password) throws Exception {
    return http.send(
        request(path, user, password).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String user, String password) throws Exception {
    return http.send(
        request(path, user, password).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path, String user, String password) {
    var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + path));
    if (user != null) {
      String token =
          Base64.getEncoder()
              .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
      builder.header("Authorization", "Basic " + token);
    }
    return builder;
  }
}
