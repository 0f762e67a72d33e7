package org.plandesk.review.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.plandesk.process.Actors;
import org.plandesk.process.RuleGuard;
import org.plandesk.review.ReviewService;
import org.springframework.stereotype.Component;

/**
 * Complete listener of {@code Task_RecordMonitoringResult}: records the result (date, summary,
 * figures) and the indicators' actual values ("number = value" lines), then moves monitoringDueAt
 * one period on for the next use. Reads instrument, resultDate, resultSummary, resultFigures,
 * indicatorValues, finalResult (normalised to a boolean for {@code Gateway_FurtherUses}).
 */
@Component("monitoringResultRecorded")
class MonitoringResultRecordedListener implements TaskListener {

  private final ReviewService reviews;
  private final MonitoringStartedListener instruments;
  private final Actors actors;

  MonitoringResultRecordedListener(
      ReviewService reviews, MonitoringStartedListener instruments, Actors actors) {
    this.reviews = reviews;
    this.instruments = instruments;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    var vars = PlanReviewVariables.of(task);
    RuleGuard.enforce(
        () ->
            reviews.recordMonitoringResult(
                vars.versionId(),
                vars.instrument(),
                vars.resultDate(),
                vars.resultSummary(),
                vars.resultFigures(),
                vars.indicatorValues(),
                actors.userId(task)));
    vars.normaliseFinalResult();
    var instrument = instruments.instrument(vars.versionId(), vars.instrument());
    vars.setMonitoringDue(
        vars.monitoringDue().plus(MonitoringStartedListener.period(instrument.periodicity())));
  }
}
