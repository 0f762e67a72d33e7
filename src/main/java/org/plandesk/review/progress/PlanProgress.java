package org.plandesk.review.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.plandesk.grant.GrantLinks;
import org.plandesk.plan.DepartmentInput;
import org.plandesk.plan.PlanContent;
import org.plandesk.plan.PlanOverview;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanVersion;
import org.plandesk.plan.VoteRanking;
import org.plandesk.review.ReviewCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's progress, read for its page: the indicators' actual values over time against baseline
 * and target, the monitoring calendar, the target groups ranked by the departments' votes, the
 * action items with what was done under them, and which goals the grant and fundraising requests
 * fund (read through the grant module's public {@link GrantLinks}).
 */
@Service
@Transactional(readOnly = true)
class PlanProgress {

  private final PlanService plans;
  private final ReviewCalendar calendars;
  private final ProgressReadings readings;
  private final ActionLog actions;
  private final GrantLinks grantLinks;
  private final Clock clock;

  PlanProgress(
      PlanService plans,
      ReviewCalendar calendars,
      ProgressReadings readings,
      ActionLog actions,
      GrantLinks grantLinks,
      Clock clock) {
    this.plans = plans;
    this.calendars = calendars;
    this.readings = readings;
    this.actions = actions;
    this.grantLinks = grantLinks;
    this.clock = clock;
  }

  /** The progress of a plan as this reader sees it (the action items they may record under). */
  ProgressView of(String code, Recorder reader) {
    PlanOverview overview = plans.overview(code);
    PlanVersion inForce = overview.inForce().orElse(null);
    List<Long> versionIds = overview.versions().stream().map(PlanVersion::id).toList();
    Map<Long, List<DepartmentInput>> inputs = plans.inputs(versionIds);
    PlanVersion ranked = inForce != null && inputs.containsKey(inForce.id()) ? inForce : null;
    if (ranked == null) {
      ranked =
          overview.versions().stream()
              .filter(v -> inputs.containsKey(v.id()))
              .max(Comparator.comparingInt(PlanVersion::sequence))
              .orElse(null);
    }
    VoteRanking ranking =
        ranked == null
            ? VoteRanking.of(
                inForce == null ? List.of() : inForce.content().targetGroups(), List.of())
            : VoteRanking.of(ranked.content().targetGroups(), inputs.get(ranked.id()));
    return new ProgressView(
        overview.plan(),
        inForce,
        inForce == null ? null : calendars.of(code).orElse(null),
        inForce == null ? List.of() : charts(inForce, versionIds),
        ranking,
        ranking.hasVotes() ? ranked : null,
        inForce == null ? List.of() : actions.items(overview.plan(), inForce, reader),
        GoalFunding.of(
            inForce, inForce == null ? List.of() : grantLinks.fundingOf(overview.plan())),
        LocalDate.now(clock));
  }

  private List<IndicatorChart> charts(PlanVersion version, List<Long> versionIds) {
    Map<String, List<IndicatorChart.Value>> values =
        readings.indicatorValues(versionIds).stream()
            .collect(
                Collectors.groupingBy(
                    ProgressReadings.IndicatorReading::indicator,
                    Collectors.mapping(
                        ProgressReadings.IndicatorReading::value, Collectors.toList())));
    List<IndicatorChart> charts = new ArrayList<>();
    List<PlanContent.Indicator> indicators = version.content().indicators();
    for (int i = 0; i < indicators.size(); i++) {
      PlanContent.Indicator indicator = indicators.get(i);
      charts.add(
          IndicatorChart.of(
              i + 1,
              indicator.name(),
              indicator.unit(),
              indicator.baseline(),
              indicator.target(),
              values.getOrDefault(indicator.name(), List.of())));
    }
    return charts;
  }
}
