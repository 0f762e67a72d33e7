package org.plandesk.review.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
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
  private final Performers performers;

  MonitoringResultRecordedListener(
      ReviewService reviews, MonitoringStartedListener instruments, Performers performers) {
    this.reviews = reviews;
    this.instruments = instruments;
    this.performers = performers;
  }

  @Override
  public void notify(DelegateTask task) {
    var vars = PlanReviewVariables.of(task);
    ReviewGuard.enforce(
        () ->
            reviews.recordMonitoringResult(
                vars.versionId(),
                vars.instrument(),
                vars.resultDate(),
                vars.resultSummary(),
                vars.resultFigures(),
                vars.indicatorValues(),
                performers.userId(task)));
    vars.normaliseFinalResult();
    var instrument = instruments.instrument(vars.versionId(), vars.instrument());
    vars.setMonitoringDue(
        vars.monitoringDue().plus(MonitoringStartedListener.period(instrument.periodicity())));
  }
}
