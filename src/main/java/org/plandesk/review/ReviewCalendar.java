package org.plandesk.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.plandesk.plan.PlanContent;
import org.plandesk.plan.PlanOverview;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanVersion;
import org.plandesk.review.process.PlanReviewPort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitoring calendar and review due dates of plans in force (seed 004: instruments with a
 * periodicity), for the progress page and the list of what is due. The review's due date is the one
 * its running process waits for; the instruments' dates follow the schedule of the review process
 * (see {@link MonitoringDue}).
 */
@Service
@Transactional(readOnly = true)
public class ReviewCalendar {

  private static final Period HORIZON = Period.ofYears(1);

  /** At most this many due dates per instrument: a monthly one a year ahead, and the next. */
  private static final int MAX_DATES = 13;

  private final PlanService plans;
  private final ReviewRepository repository;
  private final PlanReviewPort reviewDueDates;
  private final Clock clock;

  ReviewCalendar(
      PlanService plans, ReviewRepository repository, PlanReviewPort reviewDueDates, Clock clock) {
    this.plans = plans;
    this.repository = repository;
    this.reviewDueDates = reviewDueDates;
    this.clock = clock;
  }

  /** The calendar of a plan's version in force; empty when none is in force. */
  public Optional<PlanCalendar> of(String planCode) {
    PlanOverview overview = plans.overview(planCode);
    return overview
        .inForce()
        .map(v -> calendar(overview.plan().code(), overview.plan().title(), v));
  }

  /**
   * The calendars of every plan in force, in the register's order: per plan its version, its
   * monitoring results and its running review, read once each.
   */
  public List<PlanCalendar> plansInForce() {
    return plans.register().stream()
        .filter(r -> r.inForceVersionId() != null)
        .map(r -> calendar(r.code(), r.title(), plans.version(r.inForceVersionId())))
        .toList();
  }

  private PlanCalendar calendar(String code, String title, PlanVersion version) {
    Map<String, List<MonitoringResult>> results =
        repository.findResults(version.id()).stream()
            .collect(Collectors.groupingBy(MonitoringResult::instrument));
    LocalDate today = LocalDate.now(clock);
    List<MonitoringDue> monitoring = new ArrayList<>();
    for (PlanContent.MonitoringInstrument instrument : version.content().monitoringInstruments()) {
      List<MonitoringResult> recorded = results.getOrDefault(instrument.name(), List.of());
      monitoring.add(due(instrument, recorded, version.effectiveDate(), today));
    }
    return new PlanCalendar(
        code,
        title,
        version.id(),
        version.versionNumber(),
        version.effectiveDate(),
        reviewDueDates.nextDue(version.id()).map(d -> LocalDate.parse(d.toString())).orElse(null),
        monitoring);
  }

  private static MonitoringDue due(
      PlanContent.MonitoringInstrument instrument,
      List<MonitoringResult> recorded,
      LocalDate effective,
      LocalDate today) {
    // Each due date one period after the previous one, as the review process counts (a month after
    // 31 January is 28 February, and the next one 28 March).
    Period period = period(instrument.periodicity());
    LocalDate next = effective.plus(period);
    for (int i = 0; i < recorded.size(); i++) {
      next = next.plus(period);
    }
    List<LocalDate> dates = new ArrayList<>();
    dates.add(next);
    LocalDate until = (next.isAfter(today) ? next : today).plus(HORIZON);
    for (LocalDate following = next.plus(period);
        !following.isAfter(until) && dates.size() < MAX_DATES;
        following = following.plus(period)) {
      dates.add(following);
    }
    LocalDate last =
        recorded.stream().map(MonitoringResult::resultDate).max(LocalDate::compareTo).orElse(null);
    return new MonitoringDue(
        instrument.name(),
        instrument.periodicity(),
        instrument.responsible(),
        recorded.size(),
        last,
        dates);
  }

  /** One period of an instrument; yearly when the plan names none, as the review process. */
  static Period period(PlanContent.Periodicity periodicity) {
    if (periodicity == null) {
      return Period.ofYears(1);
    }
    return switch (periodicity) {
      case MONTHLY -> Period.ofMonths(1);
      case QUARTERLY -> Period.ofMonths(3);
      case HALF_YEARLY -> Period.ofMonths(6);
      case YEARLY -> Period.ofYears(1);
    };
  }
}
