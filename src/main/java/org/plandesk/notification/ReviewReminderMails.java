package org.plandesk.notification;

import org.plandesk.review.ReviewEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The reminder the periodic review defines ({@code plan-review.bpmn}: {@code
 * Event_ReviewReminderDue} fires, {@code Event_ReviewReminded}): some time before a version in
 * force is due for review, the coordinator who prepared it is told the date and what the review
 * will ask. Posted while the review publishes {@link ReviewEvents.ReviewReminderDue}, in the timer
 * job's transaction; a review that ends before then (its version superseded) reminds nobody.
 */
@Component
class ReviewReminderMails {

  private final Mailer mailer;
  private final Recipients recipients;
  private final PlanLookup plans;
  private final MailLinks links;

  ReviewReminderMails(Mailer mailer, Recipients recipients, PlanLookup plans, MailLinks links) {
    this.mailer = mailer;
    this.recipients = recipients;
    this.plans = plans;
    this.links = links;
  }

  @EventListener
  void reviewDueSoon(ReviewEvents.ReviewReminderDue event) {
    PlanRef plan = plans.version(event.versionId());
    mailer.post(
        MailKind.REVIEW_REMINDER,
        recipients.coordinatorOf(plan.version().preparedBy()),
        plan.language(),
        Mailer.About.version(plan.versionId()),
        null,
        letter -> {
          String due = letter.date(event.dueDate());
          letter
              .subject("review.subject", plan.plan().title(), due)
              .paragraph("review.intro", plan.label(), due, plan.version().versionNumber())
              .paragraph("review.next")
              .fact("mail.fact.plan", plan.label())
              .fact("mail.fact.version", plan.version().versionNumber())
              .fact("mail.fact.reviewDue", due)
              .action("mail.link.version", links.version(plan.versionId()));
        });
  }
}
