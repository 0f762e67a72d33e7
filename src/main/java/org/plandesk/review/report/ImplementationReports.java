package org.plandesk.review.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.plandesk.plan.PlanConflict;
import org.plandesk.plan.PlanNotFound;
import org.plandesk.plan.PlanOverview;
import org.plandesk.plan.PlanRuleViolation;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a yearly implementation report: the coordinator asks for it (a plan in force, a year
 * that has begun and not been signed off yet), the director signs it off or sends it back with a
 * comment, and the coordinator sends it again. Each step is recorded in the report's history, which
 * the plan's audit trail shows.
 */
@Service
@Transactional
public class ImplementationReports {

  private static final Logger log = LoggerFactory.getLogger(ImplementationReports.class);

  /** The earliest year a report may be about. */
  private static final int FIRST_YEAR = 2000;

  private final PlanService plans;
  private final ReportRepository repository;
  private final Clock clock;

  ImplementationReports(PlanService plans, ReportRepository repository, Clock clock) {
    this.plans = plans;
    this.repository = repository;
    this.clock = clock;
  }

  /**
   * Records the coordinator's request for a plan's report of a year.
   *
   * @throws PlanRuleViolation without a version in force, for a year not begun or long past
   * @throws PlanConflict when the year's report is signed off already
   */
  public ImplementationReport request(String code, int year, String by) {
    PlanOverview overview = plans.overview(code);
    PlanVersion version =
        overview.inForce().orElseThrow(() -> new PlanRuleViolation("report.nothingToReport", code));
    int thisYear = LocalDate.now(clock).getYear();
    if (year < FIRST_YEAR || year > thisYear) {
      throw new PlanRuleViolation(
          "report.yearOutOfRange",
          String.valueOf(FIRST_YEAR),
          String.valueOf(thisYear),
          String.valueOf(year));
    }
    boolean signedOff =
        repository.ofPlan(overview.plan().id()).stream()
            .anyMatch(r -> r.year() == year && r.status() == ReportStatus.SIGNED_OFF);
    if (signedOff) {
      throw new PlanConflict(null, "report.signedOffAlready", code, String.valueOf(year));
    }
    long id = repository.insert(overview.plan().id(), version.id(), year, by, clock.instant());
    repository.addEvent(id, ReportEvent.Kind.REQUESTED, String.valueOf(year), by, clock.instant());
    log.info("Implementation report {} of plan {} for {} requested by {}", id, code, year, by);
    return report(id);
  }

  public void setProcessInstance(long id, String processInstanceId) {
    repository.setProcessInstance(id, processInstanceId);
  }

  /** The director sends the report back to the coordinator with a comment (required). */
  public void sendBack(long id, String comment, String director) {
    if (comment == null || comment.isBlank()) {
      throw new PlanRuleViolation("report.commentRequired");
    }
    ImplementationReport report = report(id);
    move(report, ReportStatus.IN_SIGN_OFF, ReportStatus.SENT_BACK, report.round());
    repository.addEvent(id, ReportEvent.Kind.SENT_BACK, comment.strip(), director, clock.instant());
  }

  /** The coordinator sends the revised report again: a new round, a new draft. */
  public ImplementationReport resend(long id, String note, String coordinator) {
    ImplementationReport report = report(id);
    move(report, ReportStatus.SENT_BACK, ReportStatus.IN_SIGN_OFF, report.round() + 1);
    repository.addEvent(
        id,
        ReportEvent.Kind.RESENT,
        note == null ? "" : note.strip(),
        coordinator,
        clock.instant());
    return report(id);
  }

  /** The director signs the report off. */
  public void signOff(long id, String director) {
    if (!repository.signOff(id, director, LocalDate.now(clock))) {
      throw new PlanConflict(null, "report.cannotSignOff", String.valueOf(id));
    }
    repository.addEvent(id, ReportEvent.Kind.SIGNED_OFF, "", director, clock.instant());
    log.info("Implementation report {} signed off by {}", id, director);
  }

  void recordGenerated(long id, String detail) {
    repository.addEvent(id, ReportEvent.Kind.GENERATED, detail, null, clock.instant());
  }

  @Transactional(readOnly = true)
  public ImplementationReport report(long id) {
    return repository
        .find(id)
        .orElseThrow(() -> new PlanNotFound("report.noSuchReport", String.valueOf(id)));
  }

  /** A plan's reports, newest year first. */
  @Transactional(readOnly = true)
  public List<ImplementationReport> ofPlan(long planId) {
    return repository.ofPlan(planId);
  }

  /** The history of the reports about these versions, by version, oldest first. */
  @Transactional(readOnly = true)
  public Map<Long, List<ReportEvent>> historyOfVersions(Collection<Long> versionIds) {
    return repository.eventsOfVersions(versionIds).stream()
        .collect(Collectors.groupingBy(ReportEvent::versionId));
  }

  private void move(ImplementationReport report, ReportStatus from, ReportStatus to, int round) {
    if (!repository.move(report.id(), from, to, round)) {
      throw new PlanConflict(null, "report.movedOn", String.valueOf(report.id()));
    }
  }
}
