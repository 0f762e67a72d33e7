package org.plandesk.review.monitoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.plandesk.plan.Plan;
import org.plandesk.plan.PlanContent;
import org.plandesk.plan.PlanOverview;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanVersion;
import org.plandesk.review.IndicatorStatus;
import org.plandesk.review.MonitoringResult;
import org.plandesk.review.ReviewService;
import org.plandesk.review.process.MonitoringTasks;
import org.plandesk.review.progress.IndicatorFeeds;
import org.plandesk.review.progress.Recorder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitoring page of one task: the plan's indicators with unit, baseline, target and latest
 * value, the values the implementation log offers for fed indicators; and the save, which completes
 * the task with the result (recorded by the task's complete listener) in one transaction.
 */
@Service
@Transactional
class MonitoringSheet {

  private final PlanService plans;
  private final ReviewService reviews;
  private final MonitoringTasks tasks;
  private final IndicatorFeeds feeds;
  private final Clock clock;

  MonitoringSheet(
      PlanService plans,
      ReviewService reviews,
      MonitoringTasks tasks,
      IndicatorFeeds feeds,
      Clock clock) {
    this.plans = plans;
    this.reviews = reviews;
    this.tasks = tasks;
    this.feeds = feeds;
    this.clock = clock;
  }

  /** One indicator's row: what it is, its latest value, and what the log offers (or null). */
  record Row(
      int number,
      String name,
      String unit,
      BigDecimal baseline,
      BigDecimal target,
      IndicatorStatus status,
      IndicatorFeeds.FedValue fed) {}

  /**
   * What the page shows.
   *
   * @param previous the instrument's previous result in this version, or null
   */
  record View(
      Plan plan,
      PlanVersion version,
      MonitoringTasks.MonitoringTask task,
      List<Row> rows,
      MonitoringResult previous,
      boolean mayRecord,
      LocalDate today) {}

  /** The page of a task of a plan, or a refusal when the task is not one of its open ones. */
  @Transactional(readOnly = true)
  View view(String code, String taskId, Recorder reader) {
    PlanOverview overview = plans.overview(code);
    MonitoringTasks.MonitoringTask task =
        tasks
            .find(taskId)
            .filter(t -> t.planCode().equals(overview.plan().code()))
            .orElseThrow(() -> new MonitoringRefusal(404, "living.monitoring.refused.noTask"));
    PlanVersion version =
        overview
            .inForce()
            .filter(v -> v.id() == task.versionId())
            .orElseThrow(() -> new MonitoringRefusal(404, "living.monitoring.refused.noTask"));
    MonitoringResult previous =
        reviews.monitoringResults(version.id()).stream()
            .filter(r -> r.instrument().equals(task.instrument()))
            .max(Comparator.comparing(MonitoringResult::resultDate))
            .orElse(null);
    Map<String, IndicatorFeeds.Feed> fed = feeds.feeds(overview.plan().id(), version);
    List<IndicatorStatus> statuses = reviews.indicators(version.id());
    List<PlanContent.Indicator> indicators = version.content().indicators();
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < indicators.size(); i++) {
      PlanContent.Indicator ind = indicators.get(i);
      IndicatorFeeds.Feed feed = fed.get(ind.name());
      rows.add(
          new Row(
              i + 1,
              ind.name(),
              ind.unit() == null ? "" : ind.unit(),
              ind.baseline(),
              ind.target(),
              statuses.get(i),
              feed == null || feed.itemNumber() == 0
                  ? null
                  : feeds.value(
                      overview.plan().id(),
                      feed,
                      previous == null ? null : previous.resultDate())));
    }
    return new View(
        overview.plan(),
        version,
        task,
        rows,
        previous,
        task.workableBy(reader.userId(), reader.groups()),
        LocalDate.now(clock));
  }

  /** Completes the task with the result; the result is recorded in the same transaction. */
  void save(String taskId, Recorder who, MonitoringTasks.Result result) {
    tasks.complete(taskId, who.userId(), who.groups(), result);
  }
}
