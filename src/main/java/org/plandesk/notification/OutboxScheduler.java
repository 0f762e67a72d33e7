package org.plandesk.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the sender every {@code plandesk.notification.poll-interval} (after the previous run ended,
 * so runs never overlap on one node). Switched off with {@code sender-enabled: false}, as in tests,
 * which call {@link OutboxSender#sendDueMails()} themselves.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(
    name = "plandesk.notification.sender-enabled",
    havingValue = "true",
    matchIfMissing = true)
class OutboxScheduler {

  private final OutboxSender sender;

  OutboxScheduler(OutboxSender sender) {
    this.sender = sender;
  }

  @Scheduled(
      fixedDelayString = "${plandesk.notification.poll-interval:PT15S}",
      initialDelayString = "${plandesk.notification.poll-interval:PT15S}")
  void run() {
    sender.sendDueMails();
  }
}
