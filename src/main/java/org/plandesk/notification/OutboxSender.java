package org.plandesk.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.stereotype.Component;

/**
 * Delivers the mails of the outbox: claims each due mail (one atomic update, so two nodes never
 * send the same row), hands it to SMTP, and marks it SENT right after the server accepted it. A run
 * keeps one connection to the server for all its mails. A failure puts the mail back with
 * exponential backoff; after the last attempt it is FAILED, with its error, for the admin to see
 * and resend.
 *
 * <p>Never twice, never lost. Before handing a mail to SMTP the sender records that it does so.
 * When a node dies holding a claim, the claim expires ({@code claim-timeout}): a mail it had not
 * yet handed over is due again; one it was handing over may have been delivered (SMTP cannot be
 * asked afterwards), so it becomes {@link MailStatus#UNCONFIRMED} for an admin to confirm or
 * resend, and is not sent again on its own.
 *
 * <p>A node that stops claims nothing more: the mail in hand is finished and marked before the
 * database goes away, the rest stays PENDING for the other nodes (or the next start).
 */
@Component
public class OutboxSender {

  private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

  private final MailOutbox outbox;
  private final SmtpGateway smtp;
  private final NotificationProperties properties;
  private final Clock clock;
  private final String node = "sender-" + UUID.randomUUID();
  private boolean toldNotConfigured;
  private volatile boolean stopping;

  @Autowired
  OutboxSender(MailOutbox outbox, SmtpGateway smtp, NotificationProperties properties) {
    this(outbox, smtp, properties, OutboxTime.CLOCK);
  }

  /** A sender on another clock: a test's other node, or a clock the test moves. */
  OutboxSender(
      MailOutbox outbox, SmtpGateway smtp, NotificationProperties properties, Clock clock) {
    this.outbox = outbox;
    this.smtp = smtp;
    this.properties = properties;
    this.clock = clock;
  }

  /** Sends every mail that is due now; returns how many the SMTP server accepted. */
  public int sendDueMails() {
    return sendDueMails(clock.instant());
  }

  /** One run of the sender as if it were {@code now} (tests pass the time instead of waiting). */
  synchronized int sendDueMails(Instant now) {
    if (!smtp.configured()) {
      if (!toldNotConfigured) {
        log.info(
            "No SMTP server configured (PLANDESK_SMTP_HOST): mails stay in the outbox as HELD");
        toldNotConfigured = true;
      }
      return 0;
    }
    var expired =
        outbox.releaseExpiredClaims(
            now.minus(properties.claimTimeout()), properties.maxAttempts(), now);
    if (expired.due() > 0) {
      log.warn(
          "{} mails were claimed by a sender that stopped before handing them to SMTP: they are due again",
          expired.due());
    }
    if (expired.unconfirmed() > 0) {
      log.error(
          "{} mails were being handed to SMTP when their sender stopped: UNCONFIRMED, an admin confirms"
              + " or resends each (GET /api/admin/mails?status=UNCONFIRMED)",
          expired.unconfirmed());
    }
    try (SmtpConnection connection = smtp.connection()) {
      return sendDue(connection, now);
    }
  }

  /**
   * Claims and sends due mails, batch after batch, on one connection; returns how many the server
   * accepted.
   */
  private int sendDue(SmtpConnection connection, Instant now) {
    int sent = 0;
    Set<Long> tried = new HashSet<>();
    while (true) {
      List<Long> due = outbox.due(now, properties.batchSize());
      // A mail that failed with no backoff would be due again at once: each is tried once per run.
      if (due.isEmpty() || !tried.addAll(due)) {
        return sent;
      }
      for (long id : due) {
        if (stopping) {
          log.info(
              "Node stopping: {} mails sent in this run, the rest wait for the next sender", sent);
          return sent;
        }
        // The time of the claim itself, not of the run's start: a run through a long backlog would
        // otherwise date its later claims back, and another node would take them as expired while
        // they are being sent.
        if (!outbox.claim(id, node, timeIn(now))) {
          continue; // another sender has it
        }
        OutboxMail mail = outbox.find(id).orElseThrow();
        MimeMessage message;
        try {
          // Built and connected before the hand-over is recorded: a crash until then leaves the
          // mail simply due again, not UNCONFIRMED.
          message = smtp.prepare(mail, attachmentOf(mail));
          connection.open();
        } catch (RuntimeException e) {
          if (failed(mail, e, now)) {
            return sent; // the server is down or refuses us: the other mails wait for the next run
          }
          continue;
        }
        if (!outbox.markHanded(id, node, smtp.messageId(mail), timeIn(now))) {
          continue; // the claim expired meanwhile and another sender took it
        }
        try {
          connection.send(message);
        } catch (RuntimeException e) {
          if (failed(mail, e, now)) {
            return sent;
          }
          continue;
        }
        log.info("Mail {} ({}) sent to {}", mail.id(), mail.kind(), mail.recipientAddress());
        sent++;
        recordSent(mail, now);
      }
    }
  }

  /**
   * Marks a delivered mail SENT, waiting out a short database outage (a fail-over, a lost
   * connection): the server has the mail, so taking the error for a failed delivery would have it
   * sent again. After half the claim timeout it gives up, with an error in the log; the claim then
   * expires and the mail becomes UNCONFIRMED, for an admin to confirm.
   */
  private void recordSent(OutboxMail mail, Instant runTime) {
    String messageId = smtp.messageId(mail);
    Instant giveUp = clock.instant().plus(properties.claimTimeout().dividedBy(2));
    while (true) {
      try {
        if (!outbox.markSent(mail.id(), node, messageId, timeIn(runTime))) {
          log.warn(
              "Mail {} was sent, but its claim had expired and it was resent meanwhile", mail.id());
        }
        return;
      } catch (DataAccessException e) {
        if (clock.instant().isAfter(giveUp) || stopping) {
          log.error(
              "Mail {} was sent but could not be marked sent; after the claim timeout it is UNCONFIRMED",
              mail.id(),
              e);
          throw e;
        }
        log.warn(
            "Mail {} was sent; the database does not answer yet ({}), marking it again in a second",
            mail.id(),
            e.getMostSpecificCause().getMessage());
        pause();
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while marking a sent mail", e);
    }
  }

  /**
   * Stops claiming when the application shuts down (published before running tasks are waited for).
   */
  @EventListener(ContextClosedEvent.class)
  void stopClaiming() {
    stopping = true;
  }

  /**
   * The time now within a run that began at {@code runTime} (later, when the run has taken a
   * while).
   */
  private Instant timeIn(Instant runTime) {
    Instant wall = clock.instant();
    return wall.isAfter(runTime) ? wall : runTime;
  }

  private MailAttachment attachmentOf(OutboxMail mail) {
    return mail.attachmentId() == null ? null : outbox.attachment(mail.attachmentId()).orElse(null);
  }

  /** Records the failure; true when the server itself is unreachable or refuses the login. */
  private boolean failed(OutboxMail mail, Exception e, Instant now) {
    int attempts = mail.attempts(); // already counted by the claim
    boolean permanent = e instanceof MailPreparationException;
    boolean giveUp = permanent || attempts >= properties.maxAttempts();
    Instant next = now.plus(properties.backoffAfter(attempts));
    String error = describe(e);
    outbox.markFailed(mail.id(), node, giveUp, next, error);
    if (giveUp) {
      log.error(
          "Mail {} ({}) to {} FAILED after {} attempts: {}",
          mail.id(),
          mail.kind(),
          mail.recipientAddress(),
          attempts,
          error);
    } else {
      log.warn(
          "Mail {} to {} not sent (attempt {} of {}), next at {}: {}",
          mail.id(),
          mail.recipientAddress(),
          attempts,
          properties.maxAttempts(),
          next,
          error);
    }
    return e instanceof MailAuthenticationException || unreachable(e);
  }

  private static boolean unreachable(Throwable e) {
    if (e instanceof MailSendException send) {
      for (Exception each : send.getMessageExceptions()) {
        if (unreachable(each)) {
          return true;
        }
      }
    }
    for (Throwable t = e; t != null; t = next(t)) {
      if (t instanceof ConnectException
          || t instanceof UnknownHostException
          || t instanceof NoRouteToHostException
          || t instanceof SocketTimeoutException) {
        return true;
      }
    }
    return false;
  }

  private static Throwable next(Throwable t) {
    Throwable cause =
        t instanceof MessagingException m && m.getNextException() != null
            ? m.getNextException()
            : t.getCause();
    return cause == t ? null : cause;
  }

  private static String describe(Throwable e) {
    StringBuilder text = new StringBuilder();
    Throwable t = e;
    if (e instanceof MailSendException send && !send.getFailedMessages().isEmpty()) {
      t = send.getMessageExceptions()[0];
    }
    for (int depth = 0; t != null && depth < 4; depth++, t = next(t)) {
      if (!text.isEmpty()) {
        text.append(" <- ");
      }
      text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
    }
    return text.toString();
  }
}
