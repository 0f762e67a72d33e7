package org.plandesk.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.plandesk.plan.PlanRuleViolation;
import org.plandesk.system.Text;

/** Every status change a grant request may make, and that every other one is refused. */
class GrantStatusTest {

  @ParameterizedTest
  @EnumSource(GrantStatus.class)
  void onlyTheRequestsTransitionsAreAllowed(GrantStatus from) {
    Set<GrantStatus> allowed =
        switch (from) {
          case IN_APPROVAL ->
              EnumSet.of(GrantStatus.APPROVED, GrantStatus.CHANGES_REQUESTED, GrantStatus.REJECTED);
          case CHANGES_REQUESTED -> EnumSet.of(GrantStatus.IN_APPROVAL);
          case APPROVED -> EnumSet.of(GrantStatus.SUBMITTED, GrantStatus.MISSED);
          case SUBMITTED -> EnumSet.of(GrantStatus.AWARDED, GrantStatus.DECLINED);
          case AWARDED -> EnumSet.of(GrantStatus.CLOSED);
          default -> EnumSet.noneOf(GrantStatus.class);
        };
    assertThat(from.successors()).isEqualTo(allowed);
    for (GrantStatus to : GrantStatus.values()) {
      if (allowed.contains(to)) {
        assertThat(from.moveTo(to)).isEqualTo(to);
        assertThat(to.predecessors()).contains(from);
      } else {
        assertThatThrownBy(() -> from.moveTo(to))
            .isInstanceOf(PlanRuleViolation.class)
            .hasMessage(
                "A grant request that is “%s” cannot become “%s”",
                Text.of("living.grantStatus." + from).english(),
                Text.of("living.grantStatus." + to).english());
        assertThat(to.predecessors()).doesNotContain(from);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(GrantStatus.class)
  void onlyTheFinalStatusesHaveEnded(GrantStatus status) {
    assertThat(status.isEnded())
        .isEqualTo(
            EnumSet.of(
                    GrantStatus.REJECTED,
                    GrantStatus.DECLINED,
                    GrantStatus.MISSED,
                    GrantStatus.CLOSED)
                .contains(status));
  }

  @Test
  void aRequestIsMovedAsAWholeAndRefusedWhereItsLifeForbids() {
    GrantRequest approved = request(GrantStatus.APPROVED);

    GrantRequest submitted = approved.moveTo(GrantStatus.SUBMITTED);

    assertThat(submitted.status()).isEqualTo(GrantStatus.SUBMITTED);
    assertThat(submitted).usingRecursiveComparison().ignoringFields("status").isEqualTo(approved);
    assertThatThrownBy(() -> approved.moveTo(GrantStatus.CLOSED))
        .isInstanceOf(PlanRuleViolation.class)
        .hasMessage(
            "A grant request that is “Approved, to be submitted” cannot become “Closed, every report made”");
  }

  private static GrantRequest request(GrantStatus status) {
    return new GrantRequest(
        7,
        status,
        "Reading garden",
        "House of Europe",
        "Culture bridges",
        new BigDecimal("12500.50"),
        "EUR",
        new BigDecimal("1500"),
        "A garden to read in",
        "Readers outdoors",
        "KOMM",
        "Summer readings",
        LocalDate.of(2026, 5, 1),
        "peter",
        "anna",
        "Good luck",
        "director",
        LocalDate.of(2026, 3, 2),
        null,
        null,
        null,
        null,
        "pi-7",
        Instant.parse("2026-03-01T08:00:00Z"),
        Instant.parse("2026-03-02T09:00:00Z"));
  }
}
