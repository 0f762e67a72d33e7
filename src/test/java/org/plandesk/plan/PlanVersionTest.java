package org.plandesk.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.plandesk.system.Text;

/** A version moves as a whole record, only where the life of a version allows. */
class PlanVersionTest {

  @ParameterizedTest
  @EnumSource(VersionStatus.class)
  void everyAllowedMoveChangesTheStatusAndNothingElse(VersionStatus from) {
    PlanVersion version = version(from);
    for (VersionStatus to : VersionStatus.values()) {
      if (from.successors().contains(to)) {
        PlanVersion moved = version.moveTo(to);
        assertThat(moved.status()).isEqualTo(to);
        assertThat(moved).usingRecursiveComparison().ignoringFields("status").isEqualTo(version);
      } else {
        assertThatThrownBy(() -> version.moveTo(to))
            .isInstanceOf(PlanRuleViolation.class)
            .hasMessage(
                "A version with the status %s cannot become %s",
                Text.of("status." + from).english(), Text.of("status." + to).english());
      }
    }
  }

  @Test
  void aVersionIsWrittenOnlyOverAStatusThatMayMoveToItsNewOne() {
    assertThat(VersionStatus.DRAFT.predecessors()).containsExactly(VersionStatus.IN_APPROVAL);
    assertThat(VersionStatus.WITHDRAWN.predecessors())
        .isEqualTo(EnumSet.of(VersionStatus.DRAFT, VersionStatus.IN_APPROVAL));
    assertThat(VersionStatus.SUPERSEDED.predecessors()).containsExactly(VersionStatus.IN_FORCE);
    for (VersionStatus to : VersionStatus.values()) {
      for (VersionStatus from : to.predecessors()) {
        assertThat(from.successors()).contains(to);
      }
    }
  }

  private static PlanVersion version(VersionStatus status) {
    return new PlanVersion(
        11,
        3,
        2,
        status,
        "1.0",
        "Kommunikációs terv_2026",
        PlanContent.empty(),
        "coordinator",
        "Márku Mónika",
        "director",
        "Mikolasek Zsófia",
        LocalDate.of(2026, 1, 10),
        LocalDate.of(2026, 2, 1),
        "Rendben",
        null,
        "pi-11",
        4,
        Instant.parse("2026-01-02T08:00:00Z"),
        Instant.parse("2026-01-10T09:00:00Z"));
  }
}
