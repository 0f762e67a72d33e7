package org.plandesk.review.process;

import java.math.BigDecimal;
import java.util.List;
import org.plandesk.plan.PlanContent;
import org.plandesk.plan.PlanService;
import org.plandesk.review.IndicatorStatus;
import org.plandesk.review.MonitoringResult;
import org.plandesk.review.ReviewService;
import org.springframework.stereotype.Component;

/**
 * The texts the review's Tasklist forms show: the indicators to report on ({@code indicatorList},
 * {@code Task_RecordMonitoringResult}) and the monitoring so far ({@code monitoringSummary}, {@code
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
  String indicatorList(long versionId) {
    List<PlanContent.Indicator> indicators = plans.version(versionId).content().indicators();
    if (indicators.isEmpty()) {
      return "The plan names no indicators.";
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
          .append(plain(ind.baseline()))
          .append(" → ")
          .append(plain(ind.target()))
          .append("\n");
    }
    return text.toString().strip();
  }

  /** What the reviewer sees: indicators' target against actual, then the instruments' results. */
  String monitoringSummary(long versionId) {
    StringBuilder text = new StringBuilder();
    for (IndicatorStatus s : reviews.indicators(versionId)) {
      text.append("- ")
          .append(s.name())
          .append(": target ")
          .append(plain(s.target()))
          .append(' ')
          .append(nullToEmpty(s.unit()))
          .append(", baseline ")
          .append(plain(s.baseline()))
          .append(", actual ")
          .append(
              s.actual() == null ? "not recorded" : plain(s.actual()) + " (" + s.actualDate() + ")")
          .append("\n");
    }
    List<MonitoringResult> results = reviews.monitoringResults(versionId);
    if (!results.isEmpty()) {
      text.append("\nMonitoring results:\n");
      for (MonitoringResult r : results) {
        text.append("- ")
            .append(r.resultDate())
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
    return text.isEmpty() ? "No indicators and no monitoring results." : text.toString().strip();
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }

  private static String plain(BigDecimal value) {
    return value == null ? "–" : value.stripTrailingZeros().toPlainString();
  }
}
