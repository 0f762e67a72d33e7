package org.plandesk.review.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.pvm.runtime.PvmExecutionImpl;
import org.plandesk.review.ReviewEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code Event_ReviewReminded}, reached only when {@code Event_ReviewReminderDue}
 * fires: announces that a review is due soon, so the coordinator can be reminded. Reads versionId
 * and reviewDueDate.
 */
@Component("reviewReminderDue")
class ReviewReminderDueListener implements ExecutionListener {

  private static final Logger log = LoggerFactory.getLogger(ReviewReminderDueListener.class);

  private final ApplicationEventPublisher events;

  ReviewReminderDueListener(ApplicationEventPublisher events) {
    this.events = events;
  }

  @Override
  public void notify(DelegateExecution execution) {
    var vars = PlanReviewVariables.of(execution);
    // Reviews started on an earlier deployment of plan-review.bpmn call this bean as the *end*
    // listener of the reminder timer, and an end listener also runs when the wait is cancelled (a
    // newer version in force, an instance deleted in Cockpit). Those reviews run for a year or
    // more, so they must not remind anyone of a review that will never come.
    if (execution instanceof PvmExecutionImpl waiting && waiting.isCanceled()) {
      log.info(
          "No review reminder for version {}: its review ended before the reminder was due",
          vars.versionId());
      return;
    }
    events.publishEvent(new ReviewEvents.ReviewReminderDue(vars.versionId(), vars.reviewDueDate()));
  }
}
