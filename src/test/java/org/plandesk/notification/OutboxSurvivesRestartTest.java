package org.plandesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskApplication;
import org.plandesk.SeedPlans;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.process.LifecycleDriver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A node dies between the process step and the send: once right after the step committed, once with
 * a mail claimed by its sender but not yet sent. A second node started on the same database sends
 * every mail, each exactly once, with nothing lost.
 */
@Tag("integration")
class OutboxSurvivesRestartTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 10, 1);

  private final String database = "jdbc:h2:mem:restart-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  private final int smtpPort = MailTestBase.freePort();
  private final GreenMail smtp =
      new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  @AfterEach
  void tearDown() {
    smtp.stop();
    ClockUtil.reset();
  }

  @Test
  void mailsCommittedWithTheirStepAreSentOnceByTheNextNodeAfterACrash() throws Exception {
    smtp.start();
    long claimedByTheDeadNode;
    try (ConfigurableApplicationContext first = node()) {
      var driver =
          new LifecycleDriver(first.getBean(ProcessEngine.class), first.getBean(PlanService.class));
      driver.reachDay(TODAY);
      var pi =
          driver.startNewPlan(
              "coordinator", "CRASH", SeedPlans.KULSO_KOMM_TITLE, "COMMUNICATION_PLAN", "hu");
      driver.writeContent(pi, SeedPlans.kulsoKommunikacio());
      driver.draft(pi, List.of("lending", "events"), TODAY.plusDays(7));
      // This node's sender claims one mail and the node dies before the SMTP server sees it.
      MailOutbox outbox = first.getBean(MailOutbox.class);
      Instant now = Instant.now();
      claimedByTheDeadNode = outbox.due(now, 1).get(0);
      assertThat(outbox.claim(claimedByTheDeadNode, "node-1-sender", now)).isTrue();
    }

    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(statuses()).containsExactly(Map.entry("PENDING", 2), Map.entry("SENDING", 1));

    try (ConfigurableApplicationContext second = node()) {
      OutboxSender sender = second.getBean(OutboxSender.class);
      MailOutbox outbox = second.getBean(MailOutbox.class);

      assertThat(sender.sendDueMails()).as("the mails that were only written").isEqualTo(2);
      assertThat(outbox.find(claimedByTheDeadNode).orElseThrow().status())
          .as("still claimed: the dead node might be only slow")
          .isEqualTo(MailStatus.SENDING);

      var settings = second.getBean(NotificationProperties.class);
      assertThat(sender.sendDueMails(Instant.now().plus(settings.claimTimeout()).plusSeconds(1)))
          .as("the claimed mail, once its claim expired")
          .isEqualTo(1);
      assertThat(sender.sendDueMails(Instant.now().plus(settings.claimTimeout().multipliedBy(3))))
          .isZero();

      var received = Arrays.stream(smtp.getReceivedMessages()).map(ReceivedMail::of).toList();
      assertThat(received)
          .extracting(ReceivedMail::user)
          .containsExactlyInAnyOrder("coordinator", "anna", "peter");
      assertThat(received)
          .extracting(ReceivedMail::messageId)
          .containsExactlyInAnyOrderElementsOf(
              outbox.list(null, 10).stream().map(OutboxMail::messageId).toList());
      assertThat(statuses()).containsExactly(Map.entry("SENT", 3));
    }
  }

  @Test
  void aNodeStoppedWhileItSendsABacklogLeavesNoMailHalfSentAndTheNextNodeSendsTheRestOnce()
      throws Exception {
    smtp.start();
    int backlog = 60;
    ConfigurableApplicationContext first =
        node(
            // The scheduled sender runs, as in production; the backlog takes longer than the grace
            // period Spring gives running tasks when the node stops (30 s by default, here 1 s).
            "--plandesk.notification.sender-enabled=true",
            "--plandesk.notification.poll-interval=PT0.1S",
            "--plandesk.notification.batch-size=" + backlog,
            "--spring.lifecycle.timeout-per-shutdown-phase=1s");
    MailOutbox outbox = first.getBean(MailOutbox.class);
    Instant now = Instant.now();
    for (int i = 0; i < backlog; i++) {
      var recipient =
          new Recipient("user" + i, "user" + i + "@library.example", "User " + i, Optional.empty());
      outbox.insert(
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
    await().atMost(Duration.ofSeconds(30)).until(() -> smtp.getReceivedMessages().length >= 10);
    first.close();

    Map<String, Integer> afterStop = statuses();
    assertThat(afterStop)
        .as("no mail left claimed by the stopped node")
        .doesNotContainKey("SENDING");
    assertThat(afterStop.getOrDefault("SENT", 0)).isEqualTo(smtp.getReceivedMessages().length);

    try (ConfigurableApplicationContext second = node()) {
      second.getBean(OutboxSender.class).sendDueMails();
    }
    var received = Arrays.stream(smtp.getReceivedMessages()).map(ReceivedMail::of).toList();
    assertThat(received).hasSize(backlog);
    assertThat(received).extracting(ReceivedMail::messageId).doesNotHaveDuplicates();
    assertThat(statuses()).containsExactly(Map.entry("SENT", backlog));
  }

  private ConfigurableApplicationContext node(String... settings) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--spring.main.banner-mode=off",
                "--server.port=0",
                "--spring.datasource.url=" + database,
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--spring.mail.properties.mail.smtp.starttls.enable=false",
                "--spring.mail.properties.mail.smtp.starttls.required=false",
                "--plandesk.base-url=https://plandesk.example"));
    args.addAll(List.of(settings));
    return new SpringApplicationBuilder(PlanDeskApplication.class)
        .profiles("test")
        .run(args.toArray(String[]::new));
  }

  /** The outbox as a fresh connection sees it: only what was committed. */
  private Map<String, Integer> statuses() throws SQLException {
    Map<String, Integer> counts = new LinkedHashMap<>();
    try (var connection = DriverManager.getConnection(database, "sa", "");
        var rows =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT status, COUNT(*) FROM mail_outbox GROUP BY status ORDER BY status")) {
      while (rows.next()) {
        counts.put(rows.getString(1), rows.getInt(2));
      }
    }
    return counts;
  }
}
