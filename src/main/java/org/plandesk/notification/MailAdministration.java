package org.plandesk.notification;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * What an administrator does with the mails of the outbox, for the admin API ({@link
 * MailAdminController}) and the admin page ({@link MailAdminPageController}) alike: settle a mail
 * left UNCONFIRMED by a crashed sender (confirm it delivered, or send it again) and send a FAILED
 * or HELD mail again. A request the mail's state does not allow is refused with the reason, never
 * carried out in part.
 */
@Service
class MailAdministration {

  /** The mails an administrator has to look at: possibly delivered, and given up. */
  static final Set<MailStatus> NEEDING_ATTENTION =
      Set.of(MailStatus.UNCONFIRMED, MailStatus.FAILED);

  private static final Logger log = LoggerFactory.getLogger(MailAdministration.class);

  private final MailOutbox outbox;
  private final SmtpGateway smtp;
  private final Clock clock = OutboxTime.CLOCK;

  MailAdministration(MailOutbox outbox, SmtpGateway smtp) {
    this.outbox = outbox;
    this.smtp = smtp;
  }

  /** Why a request on a mail was refused. */
  enum Refusal {
    NO_SUCH_MAIL,
    NO_SMTP_SERVER,
    NOT_RESENDABLE,
    NOT_UNCONFIRMED
  }

  /**
   * A refused request: the reason, the mail and the status it was found in (null when there is no
   * such mail).
   */
  static final class Refused extends RuntimeException {

    private final Refusal reason;
    private final long mailId;
    private final MailStatus status;

    Refused(Refusal reason, long mailId, MailStatus status) {
      super(reason + " (mail " + mailId + (status == null ? "" : ", " + status) + ")");
      this.reason = reason;
      this.mailId = mailId;
      this.status = status;
    }

    Refusal reason() {
      return reason;
    }

    long mailId() {
      return mailId;
    }

    MailStatus status() {
      return status;
    }
  }

  /** One page of mails with the given statuses, newest first, and how many there are in all. */
  record Page(List<OutboxMail> mails, long total, int page, int size) {

    public int pageCount() {
      return (int) Math.max(1, (total + size - 1) / size);
    }
  }

  Page list(Set<MailStatus> statuses, int page, int size) {
    long total = outbox.count(statuses);
    int pages = (int) Math.max(1, (total + size - 1) / size);
    int shown = Math.max(1, Math.min(page, pages));
    return new Page(outbox.list(statuses, (shown - 1) * size, size), total, shown, size);
  }

  /**
   * Puts a FAILED, HELD or UNCONFIRMED mail back in line; the sender delivers it on its next run.
   *
   * @return the mail as it is now (PENDING)
   * @throws Refused when there is no such mail, no SMTP server, or the mail is in another state
   */
  OutboxMail resend(long id, String admin) {
    OutboxMail mail =
        outbox.find(id).orElseThrow(() -> new Refused(Refusal.NO_SUCH_MAIL, id, null));
    if (!smtp.configured()) {
      throw new Refused(Refusal.NO_SMTP_SERVER, id, mail.status());
    }
    if (!outbox.resend(id, clock.instant())) {
      throw new Refused(Refusal.NOT_RESENDABLE, id, current(id, mail));
    }
    log.info(
        "Mail {} ({}, {}) to {} put back for sending by {}",
        id,
        mail.kind(),
        mail.status(),
        mail.recipientAddress(),
        admin);
    return outbox.find(id).orElseThrow();
  }

  /**
   * Counts an UNCONFIRMED mail the administrator found delivered (by its Message-ID) as SENT.
   *
   * @return the mail as it is now (SENT)
   * @throws Refused when there is no such mail or it is not UNCONFIRMED
   */
  OutboxMail confirmDelivered(long id, String admin) {
    OutboxMail mail =
        outbox.find(id).orElseThrow(() -> new Refused(Refusal.NO_SUCH_MAIL, id, null));
    if (!outbox.confirmDelivered(id)) {
      throw new Refused(Refusal.NOT_UNCONFIRMED, id, current(id, mail));
    }
    log.info(
        "Mail {} ({}) to {} with Message-ID {} confirmed delivered by {}",
        id,
        mail.kind(),
        mail.recipientAddress(),
        mail.messageId(),
        admin);
    return outbox.find(id).orElseThrow();
  }

  /**
   * The status now: the update found another one, which may have changed since the mail was read.
   */
  private MailStatus current(long id, OutboxMail read) {
    return outbox.find(id).map(OutboxMail::status).orElse(read.status());
  }
}
