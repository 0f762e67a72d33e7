package org.plandesk.notification;

import java.util.List;
import org.plandesk.acknowledge.AcknowledgementEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The mails of the read-and-acknowledge round ({@code version-acknowledgement.bpmn}): the reminder
 * to each person who has not confirmed ({@code Task_RemindMissing}) and the escalation to the
 * coordinator naming them ({@code Task_EscalateMissing}). Posted while the round publishes its
 * event, in the timer job's transaction; a round closed before (the version superseded) sends
 * neither, since its timers are gone with the interrupted sub-process.
 */
@Component
class AcknowledgementMails {

  /** How many of those missing an escalation mail names. */
  static final int NAMED = 50;

  private final Mailer mailer;
  private final Recipients recipients;
  private final PlanLookup plans;
  private final MailLinks links;

  AcknowledgementMails(Mailer mailer, Recipients recipients, PlanLookup plans, MailLinks links) {
    this.mailer = mailer;
    this.recipients = recipients;
    this.plans = plans;
    this.links = links;
  }

  @EventListener
  void reminderDue(AcknowledgementEvents.ReminderDue event) {
    PlanRef plan = plans.version(event.versionId());
    List<Recipient> to =
        event.userIds().stream().map(recipients::user).flatMap(java.util.Optional::stream).toList();
    mailer.post(
        MailKind.ACKNOWLEDGEMENT_REMINDER,
        to,
        plan.language(),
        Mailer.About.version(plan.versionId()),
        null,
        letter ->
            letter
                .subject(
                    "acknowledge.reminder.subject",
                    plan.plan().title(),
                    plan.version().versionNumber())
                .paragraph(
                    "acknowledge.reminder.intro", plan.label(), plan.version().versionNumber())
                .paragraph("acknowledge.reminder.next")
                .fact("mail.fact.plan", plan.label())
                .fact("mail.fact.version", plan.version().versionNumber())
                .action("inForce.acknowledgeAction", links.acknowledge(plan.versionId())));
  }

  @EventListener
  void escalationDue(AcknowledgementEvents.EscalationDue event) {
    PlanRef plan = plans.version(event.versionId());
    mailer.post(
        MailKind.ACKNOWLEDGEMENT_ESCALATION,
        recipients.coordinatorOf(plan.version().preparedBy()),
        plan.language(),
        Mailer.About.version(plan.versionId()),
        null,
        letter -> {
          letter
              .subject(
                  "acknowledge.escalation.subject",
                  plan.plan().title(),
                  plan.version().versionNumber(),
                  event.missingNames().size())
              .paragraph(
                  "acknowledge.escalation.intro",
                  plan.label(),
                  plan.version().versionNumber(),
                  event.missingNames().size());
          // The page lists everyone; a mail names the first ones.
          event.missingNames().stream().limit(NAMED).forEach(letter::item);
          if (event.missingNames().size() > NAMED) {
            letter.paragraph("acknowledge.escalation.more", event.missingNames().size() - NAMED);
          }
          letter
              .paragraph("acknowledge.escalation.next")
              .fact("mail.fact.plan", plan.label())
              .fact("mail.fact.version", plan.version().versionNumber())
              .action("acknowledge.escalation.action", links.planPage(plan.plan().code()));
        });
  }
}
