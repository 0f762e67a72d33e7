package org.plandesk.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.plandesk.identity.Person;
import org.plandesk.plan.Plan;
import org.plandesk.plan.PlanContent;
import org.plandesk.plan.PlanRuleViolation;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanVersion;
import org.plandesk.plan.TextRules;
import org.plandesk.plan.VersionStatus;
import org.plandesk.system.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The periodic review of plans in force and their monitoring (seed 004): schedules, recorded
 * reviews, retirement, monitoring results and indicators' actual values. Every method checks its
 * rules before it writes; a broken rule is a {@link PlanRuleViolation} and changes nothing.
 */
@Service
@Transactional
public class ReviewService {

  private static final Logger log = LoggerFactory.getLogger(ReviewService.class);
  private static final int LONG_TEXT = 4000;
  private static final Period LONGEST_INTERVAL = Period.ofYears(10);

  private final ReviewRepository reviews;
  private final PlanService plans;
  private final ReviewProperties properties;

  ReviewService(ReviewRepository reviews, PlanService plans, ReviewProperties properties) {
    this.reviews = reviews;
    this.plans = plans;
    this.properties = properties;
  }

  /**
   * When the next review of a version is due. The plan's own interval wins over the table's; a plan
   * reviewed at the end of its period is first due at its last action item's deadline.
   *
   * @param from the effective date (first review) or the day of the last review
   */
  @Transactional(readOnly = true)
  public ReviewSchedule schedule(
      long versionId,
      LocalDate from,
      boolean first,
      Period tableInterval,
      boolean untilEndOfPeriod) {
    PlanVersion version = plans.version(versionId);
    Plan plan = plans.planOf(version);
    var override = reviews.findOverride(plan.id()).map(Period::parse);
    Period interval = override.orElse(tableInterval);
    LocalDate due = from.plus(interval);
    if (first && untilEndOfPeriod && override.isEmpty()) {
      LocalDate endOfPeriod =
          version.content().actionItems().stream()
              .map(PlanContent.ActionItem::deadline)
              .filter(Objects::nonNull)
              .max(Comparator.naturalOrder())
              .orElse(null);
      if (endOfPeriod != null && endOfPeriod.isAfter(from)) {
        due = endOfPeriod;
      }
    }
    LocalDate reminder = due.minus(properties.reminderBefore());
    if (reminder.isBefore(from)) {
      reminder = from;
    }
    log.info(
        "Review of plan {} version {} due {} (reminder {})",
        plan.code(),
        version.versionNumber(),
        due,
        reminder);
    return new ReviewSchedule(due, reminder, interval, override.isPresent());
  }

  /** Sets (or, with null, clears) a plan's own review interval, an ISO-8601 period such as P6M. */
  public void overrideInterval(String planCode, String interval, String by) {
    Plan plan = plans.overview(planCode).plan();
    String value =
        interval == null || interval.isBlank() ? null : reviewInterval(interval).toString();
    reviews.saveOverride(plan.id(), value, by);
    log.info(
        "Review interval of plan {} set to {} by {}",
        planCode,
        value == null ? "the table's" : value,
        by);
  }

  /**
   * A review interval from one week to ten years. A longer one could not be scheduled (a date
   * beyond the calendar fails the review process later, not here).
   */
  private static Period reviewInterval(String interval) {
    Period period;
    try {
      period = Period.parse(interval.strip().toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException e) {
      throw new PlanRuleViolation("review.interval.notAPeriod", String.valueOf(interval));
    }
    long roughDays = period.toTotalMonths() * 31 + period.getDays();
    if (period.isNegative() || roughDays < 7) {
      throw new PlanRuleViolation("review.interval.tooShort");
    }
    if (roughDays > LONGEST_INTERVAL.toTotalMonths() * 31) {
      throw new PlanRuleViolation("review.interval.tooLong", String.valueOf(interval));
    }
    return period;
  }

  /** Checks the coordinator's outcome before the review task closes. */
  @Transactional(readOnly = true)
  public void checkOutcome(long versionId, String outcome, String remark) {
    if (outcome == null || outcome.isBlank()) {
      throw new PlanRuleViolation("review.outcome.required");
    }
    optional(remark, "field.remark");
    switch (outcome) {
      case "STILL_VALID" -> requireInForce(versionId);
      case "REVISE", "RETIRE" -> {
        require(
            remark, "RETIRE".equals(outcome) ? "field.retirementRemark" : "field.revisionRemark");
        requireInForce(versionId);
        requireNoNewerVersion(versionId);
      }
      default -> throw new PlanRuleViolation("review.outcome.unknown", outcome);
    }
  }

  /** The director confirms that the plan is still valid: the review is recorded. */
  public void recordStillValid(
      long versionId,
      Person reviewer,
      String remark,
      Person director,
      LocalDate today,
      LocalDate due,
      LocalDate nextDue) {
    requireInForce(versionId);
    optional(remark, "field.remark");
    reviews.insertReview(
        versionId,
        ReviewOutcome.STILL_VALID,
        blankToNull(remark),
        reviewer.id(),
        reviewer.name(),
        director.id(),
        today,
        due,
        nextDue);
    log.info("Plan version {} reviewed: still valid (confirmed by {})", versionId, director.id());
  }

  /** The coordinator starts a revision: recorded before the new version opens. */
  public void recordRevision(
      long versionId, Person reviewer, String remark, LocalDate today, LocalDate due) {
    requireInForce(versionId);
    requireNoNewerVersion(versionId);
    reviews.insertReview(
        versionId,
        ReviewOutcome.REVISE,
        require(remark, "field.remark"),
        reviewer.id(),
        reviewer.name(),
        null,
        today,
        due,
        null);
  }

  /** The director confirms the retirement: the version (and so the plan) ends as RETIRED. */
  public void retire(
      long versionId,
      Person reviewer,
      String remark,
      Person director,
      LocalDate today,
      LocalDate due) {
    String reason = require(remark, "field.retirementRemark");
    plans.retire(versionId, reason);
    reviews.insertReview(
        versionId,
        ReviewOutcome.RETIRED,
        reason,
        reviewer.id(),
        reviewer.name(),
        director.id(),
        today,
        due,
        null);
  }

  /** A newer version entered into force while this version's review was pending. */
  public void recordEnded(long versionId, LocalDate today, LocalDate due) {
    reviews.insertReview(
        versionId,
        ReviewOutcome.ENDED,
        "Superseded by a newer version",
        null,
        null,
        null,
        today,
        due,
        null);
  }

  /** The director sent a review back: a remark is required. */
  public String requireSendBackRemark(String remark) {
    return require(remark, "field.sendBackRemark");
  }

  /**
   * Records one use of a monitoring instrument and the indicators' actual values, given as lines
   * "number = value" (the number of the indicator in the plan, from 1).
   */
  public MonitoringResult recordMonitoringResult(
      long versionId,
      String instrument,
      LocalDate date,
      String summary,
      String figures,
      String indicatorLines,
      String by) {
    if (date == null) {
      throw new PlanRuleViolation("rule.required", Text.of("field.resultDate"));
    }
    String text = require(summary, "field.resultSummary");
    optional(figures, "field.figures");
    optional(indicatorLines, "field.indicatorValues");
    TextRules.oneLine(instrument, Text.of("field.instrument"));
    PlanVersion version = plans.version(versionId);
    List<PlanContent.Indicator> indicators = version.content().indicators();
    List<ParsedValue> values = parseIndicatorValues(indicatorLines, indicators);
    long id = reviews.insertResult(versionId, instrument, date, text, blankToNull(figures), by);
    for (ParsedValue v : values) {
      reviews.insertIndicatorValue(versionId, id, v.indicator(), v.value(), date);
    }
    return new MonitoringResult(id, versionId, instrument, date, text, blankToNull(figures), by);
  }

  private record ParsedValue(String indicator, BigDecimal value) {}

  private static List<ParsedValue> parseIndicatorValues(
      String lines, List<PlanContent.Indicator> indicators) {
    List<ParsedValue> values = new ArrayList<>();
    if (lines == null) {
      return values;
    }
    for (String raw : lines.split("\\R")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq < 0) {
        throw new PlanRuleViolation("review.indicatorLine", line);
      }
      int number;
      BigDecimal value;
      try {
        number = Integer.parseInt(line.substring(0, eq).strip());
        value = new BigDecimal(line.substring(eq + 1).strip().replace(',', '.'));
      } catch (NumberFormatException e) {
        throw new PlanRuleViolation("review.indicatorLine", line);
      }
      if (number < 1 || number > indicators.size()) {
        throw new PlanRuleViolation(
            "review.noSuchIndicator", String.valueOf(number), indicators.size());
      }
      values.add(new ParsedValue(indicators.get(number - 1).name(), value));
    }
    return values;
  }

  /** The results of a version's monitoring instruments, oldest first. */
  @Transactional(readOnly = true)
  public List<MonitoringResult> monitoringResults(long versionId) {
    return reviews.findResults(versionId);
  }

  @Transactional(readOnly = true)
  public List<IndicatorStatus> indicators(long versionId) {
    return plans.version(versionId).content().indicators().stream()
        .map(
            ind -> {
              var latest = reviews.findLatestValue(versionId, ind.name());
              return new IndicatorStatus(
                  ind.name(),
                  ind.unit(),
                  ind.baseline(),
                  ind.target(),
                  latest.map(ReviewRepository.IndicatorValue::value).orElse(null),
                  latest.map(ReviewRepository.IndicatorValue::date).orElse(null));
            })
        .toList();
  }

  /** A plan's reviews and monitoring, for the API. */
  @Transactional(readOnly = true)
  public ReviewOverview overview(String planCode) {
    var overview = plans.overview(planCode);
    List<PlanVersion> versions = overview.versions();
    PlanVersion inForce =
        versions.stream()
            .filter(v -> v.status() == VersionStatus.IN_FORCE)
            .findFirst()
            .orElse(null);
    boolean retired =
        inForce == null && versions.stream().anyMatch(v -> v.status() == VersionStatus.RETIRED);
    PlanVersion monitored =
        inForce != null
            ? inForce
            : versions.stream()
                .filter(v -> v.status() == VersionStatus.RETIRED)
                .findFirst()
                .orElse(null);
    return new ReviewOverview(
        planCode,
        inForce != null ? "IN_FORCE" : retired ? "RETIRED" : "NOT_IN_FORCE",
        inForce == null ? null : inForce.id(),
        reviews.findOverride(overview.plan().id()).orElse(null),
        reviews.findReviews(versions.stream().map(PlanVersion::id).toList()),
        monitored == null ? List.of() : reviews.findResults(monitored.id()),
        monitored == null ? List.of() : indicators(monitored.id()));
  }

  private void requireInForce(long versionId) {
    VersionStatus status = plans.version(versionId).status();
    if (status != VersionStatus.IN_FORCE) {
      throw new PlanRuleViolation("review.notInForce", Text.of("status." + status));
    }
  }

  private void requireNoNewerVersion(long versionId) {
    PlanVersion version = plans.version(versionId);
    plans.overview(plans.planOf(version).code()).versions().stream()
        .filter(v -> v.status().isOpen() || v.status() == VersionStatus.APPROVED)
        .findFirst()
        .ifPresent(
            newer -> {
              throw new PlanRuleViolation(
                  "review.newerVersion", Text.of("status." + newer.status()));
            });
  }

  /** A required text; {@code what} is the key of the field's label, as refusals name it. */
  private static String require(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new PlanRuleViolation("rule.required", Text.of(what));
    }
    optional(value, what);
    return value.strip();
  }

  /** Remarks, summaries and figures are texts of several lines: tab and line breaks allowed. */
  private static void optional(String value, String what) {
    if (value != null && value.length() > LONG_TEXT) {
      throw new PlanRuleViolation("rule.tooLong", Text.of(what), LONG_TEXT);
    }
    TextRules.multiLine(value, Text.of(what));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
