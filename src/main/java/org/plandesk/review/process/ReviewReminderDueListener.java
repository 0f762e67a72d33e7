package org.plandesk.review.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.plandesk.review.ReviewEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code Event_ReviewReminded}, reached only when {@code Event_ReviewReminderDue}
 * fires: announces that a review is due soon, so the coordinator can be reminded. Reads versionId
 * and reviewDueDate.
 */
@Component("reviewReminderDue")
class ReviewReminderDueListener implements ExecutionListener {

  private final ApplicationEventPublisher events;

  ReviewReminderDueListener(ApplicationEventPublisher events) {
    this.events = events;
  }

  @Override
  public void notify(DelegateExecution execution) {
    var vars = PlanReviewVariables.of(execution);
    events.publishEvent(new ReviewEvents.ReviewReminderDue(vars.versionId(), vars.reviewDueDate()));
  }
}
