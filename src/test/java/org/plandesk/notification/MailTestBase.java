package org.plandesk.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.plandesk.SeedPlans;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.process.LifecycleDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application with a real SMTP server (GreenMail) in the test JVM on a free port, and a
 * real HTTP port for the admin API. All mail tests share this one context; each test starts with an
 * empty outbox and an empty mail server. The scheduled sender is off: tests send explicitly.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class MailTestBase {

  static final int SMTP_PORT = freePort();
  static final String BASE_URL = "https://plandesk.example";
  static final LocalDate TODAY = LocalDate.of(2026, 10, 1);

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
    registry.add("spring.mail.properties.mail.smtp.starttls.enable", () -> "false");
    registry.add("spring.mail.properties.mail.smtp.starttls.required", () -> "false");
    registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
    registry.add("spring.mail.properties.mail.smtp.timeout", () -> "5000");
    registry.add("plandesk.base-url", () -> BASE_URL);
    registry.add("plandesk.notification.max-attempts", () -> "3");
  }

  @Autowired ProcessEngine engine;
  @Autowired IdentityService identity;
  @Autowired PlanService plans;
  @Autowired OutboxSender sender;
  @Autowired MailOutbox outbox;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int httpPort;

  GreenMail smtp;
  LifecycleDriver driver;
  private final Set<MimeMessage> seen = Collections.newSetFromMap(new IdentityHashMap<>());

  @BeforeEach
  void startMailServer() {
    jdbc.sql("DELETE FROM mail_outbox").update();
    jdbc.sql("DELETE FROM mail_attachment").update();
    smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    seen.clear();
    driver = new LifecycleDriver(engine, plans);
    driver.reachDay(TODAY);
  }

  @AfterEach
  void stopMailServer() {
    smtp.stop();
    ClockUtil.reset();
    // Lifecycles a test left running would fire their timers in the next test's days.
    var runtime = engine.getRuntimeService();
    runtime
        .createProcessInstanceQuery()
        .list()
        .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test ended", true, true));
  }

  /** Runs the sender once and returns the mails the server received since the last call. */
  List<ReceivedMail> deliver() {
    sender.sendDueMails();
    return received();
  }

  /** The mails the server received since the last call (GreenMail lists them by mailbox). */
  List<ReceivedMail> received() {
    return Arrays.stream(smtp.getReceivedMessages())
        .map(ReceivedMail::of)
        .filter(m -> seen.add(m.message()))
        .toList();
  }

  static ReceivedMail to(List<ReceivedMail> mails, String user) {
    List<ReceivedMail> theirs = mails.stream().filter(m -> m.user().equals(user)).toList();
    if (theirs.size() != 1) {
      throw new AssertionError(
          "Expected one mail to " + user + " but got " + theirs.size() + ": " + mails);
    }
    return theirs.get(0);
  }

  /**
   * A Hungarian plan (seed 000) through drafting, the lending department's input and consolidation.
   */
  ProcessInstance atApproval(String code, String title) {
    ProcessInstance pi =
        driver.startNewPlan("coordinator", code, title, "COMMUNICATION_PLAN", "hu");
    driver.writeContent(pi, SeedPlans.kulsoKommunikacio());
    driver.draft(pi, List.of("lending"), TODAY.plusDays(7));
    driver.giveInput("anna", pi, "lending", "A hírlevelet havonta küldjük.", List.of());
    driver.consolidate(pi);
    return pi;
  }

  /**
   * Moves the engine clock to a day and runs due jobs until none is left (one job may make the
   * next).
   */
  void reachDay(LocalDate day) {
    for (int round = 0; round < 5 && driver.reachDay(day) > 0; round++) {
      // a generated document makes the effective-date timer, which is due at once on that day
    }
  }

  static String code(String prefix) {
    return prefix + " " + System.nanoTime() % 1_000_000;
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
