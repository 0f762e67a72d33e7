package org.plandesk.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.plandesk.system.Text;

/** Every status change a version may make, and that every other one is refused. */
class VersionStatusTest {

  @ParameterizedTest
  @EnumSource(VersionStatus.class)
  void onlyTheLifecycleTransitionsAreAllowed(VersionStatus from) {
    Set<VersionStatus> allowed =
        switch (from) {
          case DRAFT -> EnumSet.of(VersionStatus.IN_APPROVAL, VersionStatus.WITHDRAWN);
          case IN_APPROVAL ->
              EnumSet.of(
                  VersionStatus.DRAFT,
                  VersionStatus.APPROVED,
                  VersionStatus.REJECTED,
                  VersionStatus.WITHDRAWN);
          case APPROVED -> EnumSet.of(VersionStatus.IN_FORCE);
          case IN_FORCE -> EnumSet.of(VersionStatus.SUPERSEDED, VersionStatus.RETIRED);
          default -> EnumSet.noneOf(VersionStatus.class);
        };
    for (VersionStatus to : VersionStatus.values()) {
      if (allowed.contains(to)) {
        assertThat(from.moveTo(to)).isEqualTo(to);
      } else {
        assertThatThrownBy(() -> from.moveTo(to))
            .isInstanceOf(PlanRuleViolation.class)
            .hasMessage(
                "A version with the status %s cannot become %s",
                Text.of("status." + from).english(), Text.of("status." + to).english());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(VersionStatus.class)
  void onlyADraftCanBeEdited(VersionStatus status) {
    assertThat(status.isEditable()).isEqualTo(status == VersionStatus.DRAFT);
  }
}
