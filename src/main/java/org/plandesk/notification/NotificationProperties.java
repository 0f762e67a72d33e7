package org.plandesk.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of PlanDesk's mail ({@code plandesk.notification}). The SMTP server itself is Spring's
 * {@code spring.mail.*}; without a host there, mails are kept in the outbox as HELD.
 *
 * @param fromAddress the sender address of every mail
 * @param fromName the display name shown with it
 * @param defaultLanguage language of mails when neither the recipient nor a plan has one
 * @param senderEnabled whether the scheduled sender runs (tests switch it off and send explicitly)
 * @param pollInterval pause between two runs of the sender
 * @param maxAttempts delivery attempts before a mail ends FAILED
 * @param backoff wait after the first failed attempt; doubled after each further failure
 * @param maxBackoff the longest wait between two attempts
 * @param claimTimeout after this long a mail claimed by a sender that never finished (a crash) is
 *     taken up again
 * @param batchSize how many due mails one sender run claims at a time
 */
@ConfigurationProperties("plandesk.notification")
public record NotificationProperties(
    @DefaultValue("plandesk@localhost") String fromAddress,
    @DefaultValue("PlanDesk") String fromName,
    @DefaultValue("en") String defaultLanguage,
    @DefaultValue("true") boolean senderEnabled,
    @DefaultValue("PT15S") Duration pollInterval,
    @DefaultValue("10") int maxAttempts,
    @DefaultValue("PT1M") Duration backoff,
    @DefaultValue("PT1H") Duration maxBackoff,
    @DefaultValue("PT10M") Duration claimTimeout,
    @DefaultValue("50") int batchSize) {

  public NotificationProperties {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("plandesk.notification.max-attempts must be at least 1");
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("plandesk.notification.batch-size must be at least 1");
    }
  }

  /** The wait before the next attempt after {@code attempts} failed ones. */
  Duration backoffAfter(int attempts) {
    Duration wait = backoff;
    for (int i = 1; i < attempts && wait.compareTo(maxBackoff) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }
}
