package org.plandesk.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import org.plandesk.identity.DepartmentDirectory;
import org.plandesk.plan.PlanLanguage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts mails to the outbox: writes one per recipient, in the recipient's language (else the
 * plan's), in the transaction of the step that causes it. Posting outside a transaction is a bug
 * (the mail could survive a step that rolled back) and fails at once.
 *
 * <p>Mails are PENDING for the sender; with no SMTP server configured they are HELD instead, so
 * they can be read in the admin API and are never sent out later as stale news.
 */
@Service
class Mailer {

  private static final Logger log = LoggerFactory.getLogger(Mailer.class);

  private final MailOutbox outbox;
  private final MailTemplates templates;
  private final SmtpGateway smtp;
  private final DepartmentDirectory departments;
  private final Clock clock = OutboxTime.CLOCK;

  Mailer(
      MailOutbox outbox,
      MailTemplates templates,
      SmtpGateway smtp,
      DepartmentDirectory departments) {
    this.outbox = outbox;
    this.templates = templates;
    this.smtp = smtp;
    this.departments = departments;
  }

  /** What a mail is about, for the admin and for finding it again. */
  record About(Long versionId, String taskId) {
    static About version(long versionId) {
      return new About(versionId, null);
    }
  }

  /**
   * Writes the mail for each recipient.
   *
   * @param fallback the language for recipients who chose none (the plan's)
   * @param attachment a file for every recipient, or null
   * @param writer fills in the letter for one language (it is the same for every recipient of it)
   * @return how many mails were written
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public int post(
      MailKind kind,
      Collection<Recipient> recipients,
      PlanLanguage fallback,
      About about,
      MailAttachment attachment,
      Consumer<Letter> writer) {
    Instant now = clock.instant();
    MailStatus status = smtp.configured() ? MailStatus.PENDING : MailStatus.HELD;
    Long attachmentId = null;
    if (attachment != null && !recipients.isEmpty()) {
      attachmentId = outbox.insertAttachment(attachment, now);
    }
    // The words depend only on the language; laid out once per language, each mail gets its name.
    Map<PlanLanguage, RenderedMail> laidOut = new EnumMap<>(PlanLanguage.class);
    for (Recipient recipient : recipients) {
      PlanLanguage language = recipient.languageOr(fallback);
      RenderedMail mail =
          templates.addressed(
              laidOut.computeIfAbsent(language, l -> layOut(l, writer)), recipient.name());
      long id =
          outbox.insert(
              kind,
              status,
              recipient,
              language.name(),
              mail,
              attachmentId,
              about.versionId(),
              about.taskId(),
              now);
      log.info("Mail {} ({}) to {} {}: {}", id, kind, recipient.userId(), status, mail.subject());
    }
    return recipients.size();
  }

  private RenderedMail layOut(PlanLanguage language, Consumer<Letter> writer) {
    Letter letter = new Letter(templates, departments::nameOf, language, MailTemplates.ANYONE);
    writer.accept(letter);
    return templates.render(letter.view());
  }
}
