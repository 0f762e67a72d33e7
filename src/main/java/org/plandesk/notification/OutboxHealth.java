package org.plandesk.notification;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The "mail" health entry, in place of Spring Boot's SMTP connection check: an SMTP server that is
 * down must not take PlanDesk out of its load balancer, since the outbox keeps every mail until the
 * server is back. UP, with how many mails wait, how many failed and how many a crashed sender left
 * unconfirmed; UNKNOWN while the outbox cannot be read (the database entry then says why), never an
 * error that would break the whole health answer.
 */
@Component("mailHealthContributor")
class OutboxHealth implements HealthIndicator {

  private final MailOutbox outbox;
  private final SmtpGateway smtp;

  OutboxHealth(MailOutbox outbox, SmtpGateway smtp) {
    this.outbox = outbox;
    this.smtp = smtp;
  }

  @Override
  public Health health() {
    try {
      return Health.up()
          .withDetail("smtp", smtp.describe())
          .withDetail("pending", outbox.count(MailStatus.PENDING))
          .withDetail("failed", outbox.count(MailStatus.FAILED))
          .withDetail("held", outbox.count(MailStatus.HELD))
          .withDetail("unconfirmed", outbox.count(MailStatus.UNCONFIRMED))
          .build();
    } catch (DataAccessException e) {
      return Health.unknown()
          .withDetail("smtp", smtp.describe())
          .withDetail("outbox", "not readable: " + e.getMostSpecificCause().getMessage())
          .build();
    }
  }
}
