package org.plandesk.review.process;

import java.util.List;
import org.plandesk.plan.PlanContent;
import org.plandesk.plan.PlanService;
import org.plandesk.process.Words;
import org.plandesk.review.IndicatorStatus;
import org.plandesk.review.MonitoringResult;
import org.plandesk.review.ReviewService;
import org.springframework.stereotype.Component;

/**
 * The texts the review's Tasklist forms show, in the plan's language (numbers with its decimal
 * sign, days as it writes them): the indicators to report on ({@code indicatorList}, {@code
 * Task_RecordMonitoringResult}) and the monitoring so far ({@code monitoringSummary}, {@code
 * Task_ReviewPlan}).
 */
@Component
class MonitoringTexts {

  private final PlanService plans;
  private final ReviewService reviews;

  MonitoringTexts(PlanService plans, ReviewService reviews) {
    this.plans = plans;
    this.reviews = reviews;
  }

  /** The indicators of a version: numbered, with baseline and target, for the monitoring form. */
  String indicatorList(long versionId, Words words) {
    return indicatorList(plans.version(versionId).content().indicators(), words);
  }

  /** What the reviewer sees: indicators' target against actual, then the instruments' results. */
  String monitoringSummary(long versionId, Words words) {
    return monitoringSummary(
        reviews.indicators(versionId), reviews.monitoringResults(versionId), words);
  }

  static String indicatorList(List<PlanContent.Indicator> indicators, Words words) {
    if (indicators.isEmpty()) {
      return words.text("tasklist.indicators.none");
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < indicators.size(); i++) {
      var ind = indicators.get(i);
      text.append(i + 1)
          .append(". ")
          .append(ind.name())
          .append(" (")
          .append(nullToEmpty(ind.unit()))
          .append("): ")
          .append(words.number(ind.baseline()))
          .append(" → ")
          .append(words.number(ind.target()))
          .append("\n");
    }
    return text.toString().strip();
  }

  static String monitoringSummary(
      List<IndicatorStatus> indicators, List<MonitoringResult> results, Words words) {
    StringBuilder text = new StringBuilder();
    for (IndicatorStatus s : indicators) {
      String actual =
          s.actual() == null
              ? words.text("tasklist.summary.notRecorded")
              : words.number(s.actual()) + " (" + words.day(s.actualDate()) + ")";
      text.append("- ")
          .append(s.name())
          .append(": ")
          .append(
              words.text(
                  "tasklist.summary.indicator",
                  (words.number(s.target()) + " " + nullToEmpty(s.unit())).strip(),
                  words.number(s.baseline()),
                  actual))
          .append("\n");
    }
    if (!results.isEmpty()) {
      text.append("\n").append(words.text("tasklist.summary.results")).append("\n");
      for (MonitoringResult r : results) {
        text.append("- ")
            .append(words.day(r.resultDate()))
            .append(", ")
            .append(r.instrument())
            .append(": ")
            .append(r.summary());
        if (r.figures() != null) {
          text.append(" (").append(r.figures()).append(')');
        }
        text.append("\n");
      }
    }
    return text.isEmpty() ? words.text("tasklist.summary.none") : text.toString().strip();
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
