package org.plandesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskTest;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.process.LifecycleDriver;
import org.plandesk.plan.process.PlanVersionProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * The embedded default: no SMTP server configured. Mails are still written, HELD in the outbox
 * where a newcomer can read what would have been sent; nothing tries to send them.
 */
@PlanDeskTest
class HeldWithoutSmtpTest {

  @Autowired ProcessEngine engine;
  @Autowired PlanService plans;
  @Autowired MailOutbox outbox;
  @Autowired OutboxSender sender;
  @Autowired MailAdminController admin;
  @Autowired OutboxHealth health;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void withoutSmtpMailsAreHeldReadableAndNeverSent() {
    var driver = new LifecycleDriver(engine, plans);
    driver.reachDay(LocalDate.of(2026, 10, 1));
    var pi =
        driver.startNewPlan(
            "coordinator",
            "HELD " + System.nanoTime() % 100_000,
            "Kommunikációs terv",
            "COMMUNICATION_PLAN",
            "hu");

    List<OutboxMail> held =
        outbox.list(null, 500).stream()
            .filter(
                m ->
                    m.taskId() != null
                        && m.taskId()
                            .equals(driver.task(pi, PlanVersionProcess.DRAFT_VERSION).getId()))
            .toList();
    assertThat(held)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.status()).isEqualTo(MailStatus.HELD);
              assertThat(m.recipientAddress()).isEqualTo("coordinator@library.example");
              assertThat(m.subject())
                  .isEqualTo("Teendő: A tervváltozat megírása – Kommunikációs terv");
              assertThat(m.bodyText()).contains("/camunda/app/tasklist/default/#/?task=");
            });

    assertThat(sender.sendDueMails()).isZero();
    assertThat(outbox.find(held.get(0).id()).orElseThrow().status()).isEqualTo(MailStatus.HELD);
    assertThat(admin.list(MailStatus.HELD, 500).smtp()).isEqualTo("not configured");
    assertThat(admin.resend(held.get(0).id(), () -> "admin").getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    assertThat(health.health().getDetails()).containsEntry("smtp", "not configured");

    // This context is shared with other tests: leave no open task behind.
    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test ended", true, true);
  }
}
