package org.plandesk.review.process;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.plandesk.review.ReviewService;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordReviewEnded}: a newer version entered into force; the pending review of this
 * version is recorded as ENDED and its tasks go with the interrupted process. Reads versionId and
 * reviewDueDate.
 */
@Component("recordReviewEnded")
class RecordReviewEndedDelegate implements JavaDelegate {

  private final ReviewService reviews;
  private final Clock clock;

  RecordReviewEndedDelegate(ReviewService reviews, Clock clock) {
    this.reviews = reviews;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var vars = PlanReviewVariables.of(execution);
    reviews.recordEnded(vars.versionId(), LocalDate.now(clock), vars.reviewDueDate());
  }
}
