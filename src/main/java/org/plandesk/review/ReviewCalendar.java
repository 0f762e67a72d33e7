package org.plandesk.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.plandesk.plan.PlanContent;
import org.plandesk.plan.PlanInForce;
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

  /** At most this many versions' instruments are kept (a version in force never changes). */
  private static final int MAX_KEPT = 50_000;

  private final PlanService plans;
  private final ReviewRepository repository;
  private final PlanReviewPort reviewDueDates;
  private final Clock clock;

  /**
   * The monitoring instruments of versions in force, by version: such a version's content never
   * changes, so it is read once. Emptied when it grows past a bound, then read again.
   */
  private final Map<Long, List<PlanContent.MonitoringInstrument>> instruments =
      new ConcurrentHashMap<>();

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
   * The calendars of every plan in force, in no particular order, each instrument with its next due
   * date only (the list of what is due needs no more; {@link #of} gives the following ones), in a
   * constant number of queries however many plans are in force: the versions in force, the
   * monitoring results counted per version and instrument, the running reviews' due dates, and only
   * the contents not yet known (a version in force never changes, so its instruments are kept).
   */
  public List<PlanCalendar> plansInForce() {
    List<PlanInForce> inForce = plans.inForce();
    List<Long> ids = inForce.stream().map(PlanInForce::versionId).toList();
    List<Long> unknown = ids.stream().filter(id -> !instruments.containsKey(id)).toList();
    if (!unknown.isEmpty()) {
      if (instruments.size() + unknown.size() > MAX_KEPT) {
        instruments.clear();
      }
      plans
          .contents(unknown)
          .forEach((id, content) -> instruments.put(id, content.monitoringInstruments()));
    }
    Map<Long, Map<String, ReviewRepository.Recorded>> recorded = repository.findRecorded();
    Map<Long, LocalDate> reviewsDue = reviewDueDates.nextDueByVersion();
    List<PlanCalendar> calendars = new ArrayList<>(inForce.size());
    for (PlanInForce plan : inForce) {
      Map<String, ReviewRepository.Recorded> results =
          recorded.getOrDefault(plan.versionId(), Map.of());
      List<MonitoringDue> monitoring = new ArrayList<>();
      for (PlanContent.MonitoringInstrument instrument :
          instruments.getOrDefault(plan.versionId(), List.of())) {
        monitoring.add(
            next(
                instrument,
                results.getOrDefault(instrument.name(), ReviewRepository.Recorded.NONE),
                plan.effectiveDate()));
      }
      calendars.add(
          new PlanCalendar(
              plan.code(),
              plan.title(),
              plan.versionId(),
              plan.versionNumber(),
              plan.effectiveDate(),
              reviewsDue.get(plan.versionId()),
              monitoring));
    }
    return calendars;
  }

  private PlanCalendar calendar(String code, String title, PlanVersion version) {
    Map<String, List<MonitoringResult>> results =
        repository.findResults(version.id()).stream()
            .collect(Collectors.groupingBy(MonitoringResult::instrument));
    LocalDate today = LocalDate.now(clock);
    List<MonitoringDue> monitoring = new ArrayList<>();
    for (PlanContent.MonitoringInstrument instrument : version.content().monitoringInstruments()) {
      List<MonitoringResult> recorded = results.getOrDefault(instrument.name(), List.of());
      LocalDate last =
          recorded.stream()
              .map(MonitoringResult::resultDate)
              .max(LocalDate::compareTo)
              .orElse(null);
      monitoring.add(
          due(
              instrument,
              new ReviewRepository.Recorded(recorded.size(), last),
              version.effectiveDate(),
              today));
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

  /** An instrument with its next due date only. */
  private static MonitoringDue next(
      PlanContent.MonitoringInstrument instrument,
      ReviewRepository.Recorded recorded,
      LocalDate effective) {
    return withDates(instrument, recorded, List.of(nextDue(instrument, recorded, effective)));
  }

  private static MonitoringDue withDates(
      PlanContent.MonitoringInstrument instrument,
      ReviewRepository.Recorded recorded,
      List<LocalDate> dates) {
    return new MonitoringDue(
        instrument.name(),
        instrument.periodicity(),
        instrument.responsible(),
        recorded.count(),
        recorded.last(),
        dates);
  }

  /**
   * The next due date: each one a period after the previous one, as the review process counts (a
   * month after 31 January is 28 February, and the next one 28 March).
   */
  private static LocalDate nextDue(
      PlanContent.MonitoringInstrument instrument,
      ReviewRepository.Recorded recorded,
      LocalDate effective) {
    Period period = period(instrument.periodicity());
    LocalDate next = effective.plus(period);
    for (int i = 0; i < recorded.count(); i++) {
      next = next.plus(period);
    }
    return next;
  }

  private static MonitoringDue due(
      PlanContent.MonitoringInstrument instrument,
      ReviewRepository.Recorded recorded,
      LocalDate effective,
      LocalDate today) {
    Period period = period(instrument.periodicity());
    LocalDate next = nextDue(instrument, recorded, effective);
    List<LocalDate> dates = new ArrayList<>();
    dates.add(next);
    LocalDate until = (next.isAfter(today) ? next : today).plus(HORIZON);
    for (LocalDate following = next.plus(period);
        !following.isAfter(until) && dates.size() < MAX_DATES;
        following = following.plus(period)) {
      dates.add(following);
    }
    return withDates(instrument, recorded, dates);
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
