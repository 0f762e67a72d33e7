package org.plandesk.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.plandesk.document.PageMark;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mark a copy of a version's approved document carries when it is downloaded after the version
 * left force, in the plan's language: SUPERSEDED with the day the next version entered into force
 * and that version's number, or RETIRED with the day the plan was retired. A version approved or in
 * force is handed out unmarked. The archived document is never changed.
 */
@Service
public class VersionCopyMarks {

  /** The statuses of versions that entered into force (and so can have replaced another). */
  private static final Set<VersionStatus> ENTERED_FORCE =
      EnumSet.of(VersionStatus.IN_FORCE, VersionStatus.SUPERSEDED, VersionStatus.RETIRED);

  private final PlanService plans;
  private final Clock clock;

  VersionCopyMarks(PlanService plans, Clock clock) {
    this.plans = plans;
    this.clock = clock;
  }

  /** The mark of the version's document now; empty while it is approved or in force. */
  @Transactional(readOnly = true)
  public Optional<PageMark> of(long versionId) {
    PlanVersion version = plans.version(versionId);
    String language = plans.planOf(version).language().name();
    return switch (version.status()) {
      case SUPERSEDED -> Optional.of(superseded(version, language));
      // Retired is a final status: the version's last change is its retirement.
      case RETIRED -> Optional.of(PageMark.retired(language, day(version)));
      default -> Optional.empty();
    };
  }

  /** The next version that entered into force replaced this one on its effective date. */
  private PageMark superseded(PlanVersion version, String language) {
    Plan plan = plans.planOf(version);
    return plans.overview(plan.code()).versions().stream()
        .filter(v -> v.sequence() > version.sequence() && ENTERED_FORCE.contains(v.status()))
        .min(Comparator.comparingInt(PlanVersion::sequence))
        .map(next -> PageMark.superseded(language, next.effectiveDate(), next.versionNumber()))
        .orElseGet(() -> PageMark.superseded(language, day(version), "?"));
  }

  private LocalDate day(PlanVersion version) {
    return LocalDate.ofInstant(version.updatedAt(), clock.getZone());
  }
}
