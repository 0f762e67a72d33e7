package org.plandesk.review.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.plandesk.plan.PlanContent;
import org.plandesk.plan.PlanOverview;
import org.plandesk.plan.PlanRuleViolation;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanVersion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The implementation log and the monitoring results of a plan read for one year: what its yearly
 * implementation report prints. The same records the progress page shows, cut to the year.
 */
@Service
@Transactional(readOnly = true)
public class ImplementationRecords {

  private final PlanService plans;
  private final ActionLogRepository log;
  private final ProgressReadings readings;
  private final Clock clock;

  ImplementationRecords(
      PlanService plans, ActionLogRepository log, ProgressReadings readings, Clock clock) {
    this.plans = plans;
    this.log = log;
    this.readings = readings;
    this.clock = clock;
  }

  /**
   * The year of the plan's version in force.
   *
   * @throws PlanRuleViolation when the plan has no version in force
   */
  public YearRecord of(String code, int year) {
    PlanOverview overview = plans.overview(code);
    PlanVersion version =
        overview.inForce().orElseThrow(() -> new PlanRuleViolation("report.nothingToReport", code));
    LocalDate today = LocalDate.now(clock);
    Map<String, ActionItemStatus> statuses = log.statuses(overview.plan().id());
    Map<String, List<ActionActivity>> activities = log.activities(overview.plan().id());
    List<YearRecord.Action> actions = new ArrayList<>();
    List<PlanContent.ActionItem> items = version.content().actionItems();
    for (int i = 0; i < items.size(); i++) {
      PlanContent.ActionItem item = items.get(i);
      String key = ActionItemKey.of(item.content());
      ActionItemStatus status = statuses.getOrDefault(key, ActionItemStatus.PLANNED);
      actions.add(
          new YearRecord.Action(
              i + 1,
              item.content(),
              item.responsible(),
              item.deadline(),
              status,
              status != ActionItemStatus.DONE
                  && item.deadline() != null
                  && item.deadline().isBefore(today),
              activities.getOrDefault(key, List.of()).stream()
                  .filter(a -> a.heldOn().getYear() == year)
                  .map(
                      a ->
                          new YearRecord.Activity(
                              a.heldOn(),
                              a.place(),
                              a.participants(),
                              a.goal(),
                              a.result(),
                              a.responsible()))
                  .toList()));
    }
    return new YearRecord(
        overview.plan(), version, year, actions, indicators(overview, version, year));
  }

  private List<YearRecord.Indicator> indicators(
      PlanOverview overview, PlanVersion version, int year) {
    List<Long> versionIds = overview.versions().stream().map(PlanVersion::id).toList();
    Map<String, List<YearRecord.Reading>> values =
        readings.indicatorValues(versionIds).stream()
            .filter(r -> r.value().date().getYear() <= year)
            .collect(
                Collectors.groupingBy(
                    ProgressReadings.IndicatorReading::indicator,
                    Collectors.mapping(
                        r -> new YearRecord.Reading(r.value().date(), r.value().value()),
                        Collectors.toList())));
    List<YearRecord.Indicator> indicators = new ArrayList<>();
    List<PlanContent.Indicator> planned = version.content().indicators();
    for (int i = 0; i < planned.size(); i++) {
      PlanContent.Indicator indicator = planned.get(i);
      List<YearRecord.Reading> readingsOf = values.getOrDefault(indicator.name(), List.of());
      IndicatorChart chart =
          IndicatorChart.of(
              i + 1,
              indicator.name(),
              indicator.unit(),
              indicator.baseline(),
              indicator.target(),
              readingsOf.stream().map(r -> new IndicatorChart.Value(r.date(), r.value())).toList());
      indicators.add(
          new YearRecord.Indicator(
              i + 1,
              indicator.name(),
              indicator.unit() == null ? "" : indicator.unit(),
              indicator.baseline(),
              indicator.target(),
              readingsOf,
              switch (chart.reached()) {
                case REACHED -> true;
                case NOT_YET -> false;
                case NO_VALUE, NO_TARGET -> null;
              }));
    }
    return indicators;
  }
}
