package org.plandesk.review.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.plandesk.process.Actors;
import org.plandesk.process.RuleGuard;
import org.plandesk.process.StepWords;
import org.plandesk.review.ReviewService;
import org.springframework.stereotype.Component;

/**
 * Create and complete listener of {@code Task_ReviewPlan}. On create: writes monitoringSummary
 * (indicators' target against actual, the instruments' results) for the form. On complete: checks
 * reviewOutcome and reviewRemark (a remark is required to revise or retire; neither while a newer
 * version is open) and writes reviewedBy.
 */
@Component("reviewPlan")
class ReviewPlanListener implements TaskListener {

  private final ReviewService reviews;
  private final MonitoringTexts texts;
  private final Actors actors;
  private final StepWords stepWords;

  ReviewPlanListener(
      ReviewService reviews, MonitoringTexts texts, Actors actors, StepWords stepWords) {
    this.stepWords = stepWords;
    this.reviews = reviews;
    this.texts = texts;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    var vars = PlanReviewVariables.of(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      vars.setMonitoringSummary(texts.monitoringSummary(vars.versionId(), stepWords.of(task)));
      return;
    }
    RuleGuard.enforce(
        () -> reviews.checkOutcome(vars.versionId(), vars.reviewOutcome(), vars.reviewRemark()));
    vars.setReviewedBy(actors.userId(task));
  }
}
