package org.plandesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.plandesk.library.LibraryMigrationSettings;
import org.plandesk.library.LibraryProperties;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The outbox's SQL on PostgreSQL 15 (127.0.0.1:5432, a fresh database, PlanDesk's migrations):
 * three sender nodes racing for the same mails send each exactly once, a mail claimed by a node
 * that died before handing it to SMTP is sent once its claim expires, and one it was handing over
 * is left UNCONFIRMED, never sent twice.
 */
@Tag("integration")
class OutboxOnPostgresTest {

  private static final String SERVER =
      System.getProperty("plandesk.test.pg", "jdbc:postgresql://127.0.0.1:5432/");
  private static final String DATABASE = "plandesk_mail_test";
  private static final int MAILS = 60;
  private static final LibraryProperties TEST_LIBRARY =
      new LibraryProperties("TEST", "Test library", "en");

  private final int smtpPort = MailTestBase.freePort();
  private final GreenMail smtp =
      new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  private final NotificationProperties settings =
      new NotificationProperties(
          "plandesk@library.example",
          "PlanDesk",
          "en",
          false,
          Duration.ofSeconds(15),
          3,
          Duration.ofMinutes(1),
          Duration.ofHours(1),
          Duration.ofMinutes(10),
          10);
  private MailOutbox outbox;
  private SmtpGateway gateway;

  @BeforeEach
  void freshDatabase() throws Exception {
    try (var connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
        var statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + DATABASE);
    }
    var dataSource = new DriverManagerDataSource(SERVER + DATABASE, "postgres", "");
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .placeholders(LibraryMigrationSettings.placeholders(TEST_LIBRARY))
        .load()
        .migrate();
    outbox = new MailOutbox(JdbcClient.create(dataSource));
    var mailSender = new JavaMailSenderImpl();
    mailSender.setHost("127.0.0.1");
    mailSender.setPort(smtpPort);
    gateway =
        new SmtpGateway(
            new StaticListableBeanFactory(Map.of("mailSender", mailSender))
                .getBeanProvider(JavaMailSender.class),
            settings);
    smtp.start();
  }

  @AfterEach
  void stop() {
    smtp.stop();
  }

  @Test
  void racingSenderNodesSendEveryMailExactlyOnce() throws Exception {
    Instant now = Instant.now();
    IntStream.range(0, MAILS).forEach(i -> write(i, now));
    var nodes =
        IntStream.range(0, 3)
            .mapToObj(i -> new OutboxSender(outbox, gateway, settings, Clock.systemUTC()))
            .toList();

    var pool = Executors.newFixedThreadPool(nodes.size());
    var go = new CountDownLatch(1);
    try {
      var runs =
          nodes.stream()
              .map(
                  node ->
                      pool.submit(
                          () -> {
                            go.await();
                            return node.sendDueMails();
                          }))
              .toList();
      go.countDown();
      int sent = 0;
      for (Future<Integer> run : runs) {
        sent += run.get();
      }
      assertThat(sent).isEqualTo(MAILS);
    } finally {
      pool.shutdownNow();
    }

    var received = Arrays.stream(smtp.getReceivedMessages()).map(ReceivedMail::of).toList();
    assertThat(received).hasSize(MAILS);
    assertThat(received).extracting(ReceivedMail::to).doesNotHaveDuplicates();
    assertThat(outbox.count(MailStatus.SENT)).isEqualTo(MAILS);
  }

  @Test
  void aMailClaimedByANodeThatDiedIsSentOnceItsClaimExpires() {
    Instant now = Instant.now();
    long id = write(0, now);
    assertThat(outbox.claim(id, "node-that-died", now)).isTrue();
    var survivor = new OutboxSender(outbox, gateway, settings, Clock.systemUTC());

    assertThat(survivor.sendDueMails(now.plusSeconds(60))).isZero();
    assertThat(survivor.sendDueMails(now.plus(settings.claimTimeout()).plusSeconds(1)))
        .isEqualTo(1);
    assertThat(survivor.sendDueMails(now.plus(Duration.ofHours(1)))).isZero();

    assertThat(smtp.getReceivedMessages()).hasSize(1);
    OutboxMail sent = outbox.find(id).orElseThrow();
    assertThat(sent.status()).isEqualTo(MailStatus.SENT);
    assertThat(sent.lastError()).contains("before handing it to the SMTP server");
    assertThat(sent.messageId())
        .isEqualTo(ReceivedMail.of(smtp.getReceivedMessages()[0]).messageId());
  }

  @Test
  void aMailANodeDiedHandingOverIsLeftUnconfirmedNotSentAgain() {
    Instant now = Instant.now();
    long id = write(0, now);
    assertThat(outbox.claim(id, "node-that-died", now)).isTrue();
    assertThat(outbox.markHanded(id, "node-that-died", "<m@library.example>", now)).isTrue();
    var survivor = new OutboxSender(outbox, gateway, settings, Clock.systemUTC());

    assertThat(survivor.sendDueMails(now.plus(settings.claimTimeout()).plusSeconds(1))).isZero();
    assertThat(survivor.sendDueMails(now.plus(Duration.ofDays(1)))).isZero();

    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(outbox.find(id).orElseThrow())
        .returns(MailStatus.UNCONFIRMED, OutboxMail::status)
        .returns("<m@library.example>", OutboxMail::messageId);
    assertThat(outbox.resend(id, now.plus(Duration.ofDays(1)))).isTrue();
    assertThat(survivor.sendDueMails(now.plus(Duration.ofDays(1)))).isEqualTo(1);
    assertThat(smtp.getReceivedMessages()).hasSize(1);
  }

  private long write(int i, Instant now) {
    var recipient =
        new Recipient("user" + i, "user" + i + "@library.example", "User " + i, Optional.empty());
    return outbox.insert(
        MailKind.TASK_CREATED,
        MailStatus.PENDING,
        recipient,
        "en",
        new RenderedMail("Mail " + i, "Text " + i, "<p>Text " + i + "</p>"),
        null,
        null,
        null,
        now);
  }
}
