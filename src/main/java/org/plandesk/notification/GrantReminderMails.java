package org.plandesk.notification;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.camunda.bpm.engine.task.Task;
import org.plandesk.grant.GrantEvents;
import org.plandesk.grant.GrantRequest;
import org.plandesk.grant.GrantService;
import org.plandesk.grant.ReportingObligation;
import org.plandesk.grant.process.GrantRequestPort;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The reminders the grant request defines ({@code grant-request.bpmn}): before the funder's
 * deadline while the request is not submitted, long after the submission while no decision is
 * recorded, and before each reporting obligation is due. Each goes to the responsible person (else
 * the one who prepared the request), with a link to the open task, posted while the grant service
 * publishes the {@link GrantEvents} in the timer job's transaction.
 */
@Component
class GrantReminderMails {

  private final Mailer mailer;
  private final Recipients recipients;
  private final GrantLookup grants;
  private final GrantService grantService;
  private final GrantRequestPort grantRequests;
  private final SystemAccess system;
  private final MailLinks links;

  GrantReminderMails(
      Mailer mailer,
      Recipients recipients,
      GrantLookup grants,
      GrantService grantService,
      GrantRequestPort grantRequests,
      SystemAccess system,
      MailLinks links) {
    this.mailer = mailer;
    this.recipients = recipients;
    this.grants = grants;
    this.grantService = grantService;
    this.grantRequests = grantRequests;
    this.system = system;
    this.links = links;
  }

  @EventListener
  void submissionDue(GrantEvents.SubmissionReminderDue event) {
    GrantRequest grant = grants.request(event.grantId());
    Optional<Task> task = system.run(() -> grantRequests.submissionTask(grant.processInstanceId()));
    remind(
        MailKind.GRANT_SUBMISSION_REMINDER,
        grant,
        event.responsible(),
        task,
        letter -> {
          String deadline = letter.date(event.funderDeadline());
          letter
              .subject("grant.submission.subject", grant.title(), grant.funder(), deadline)
              .paragraph("grant.submission.intro", grant.title(), grant.funder(), deadline)
              .paragraph("grant.submission.next")
              .fact("mail.fact.funderDeadline", deadline);
        });
  }

  @EventListener
  void decisionOverdue(GrantEvents.DecisionReminderDue event) {
    GrantRequest grant = grants.request(event.grantId());
    Optional<Task> task =
        system.run(() -> grantRequests.funderDecisionTask(grant.processInstanceId()));
    remind(
        MailKind.GRANT_DECISION_REMINDER,
        grant,
        event.responsible(),
        task,
        letter -> {
          String submitted = letter.date(event.submittedOn());
          letter
              .subject("grant.decision.subject", grant.title())
              .paragraph("grant.decision.intro", grant.title(), grant.funder(), submitted)
              .paragraph("grant.decision.next")
              .fact("mail.fact.submittedOn", submitted);
        });
  }

  @EventListener
  void reportDue(GrantEvents.ReportReminderDue event) {
    GrantRequest grant = grants.request(event.grantId());
    ReportingObligation obligation = grantService.obligation(event.obligationId());
    Optional<Task> task =
        system.run(() -> grantRequests.reportTask(grant.processInstanceId(), event.dueDate()));
    remind(
        MailKind.GRANT_REPORT_REMINDER,
        grant,
        event.responsible(),
        task,
        letter -> {
          String due = letter.date(event.dueDate());
          letter
              .subject("grant.report.subject", grant.title(), due)
              .paragraph("grant.report.intro", grant.title(), grant.funder(), due)
              .item(obligation.description())
              .paragraph("grant.report.next")
              .fact("mail.fact.reportDue", due);
        });
  }

  private void remind(
      MailKind kind,
      GrantRequest grant,
      String responsible,
      Optional<Task> task,
      Consumer<Letter> writer) {
    List<Recipient> to =
        recipients.user(responsible).or(() -> recipients.user(grant.preparedBy())).stream()
            .toList();
    mailer.post(
        kind,
        to,
        grants.language(grant),
        new Mailer.About(null, task.map(Task::getId).orElse(null)),
        null,
        letter -> {
          writer.accept(letter);
          letter.fact("mail.fact.grant", grant.title()).fact("mail.fact.funder", grant.funder());
          task.ifPresent(t -> letter.action("task.action", links.task(t.getId())));
        });
  }
}
