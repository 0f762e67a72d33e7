package org.plandesk.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A grant request's history kinds are stored by name, so stored rows must stay readable. */
class GrantEventTest {

  @Test
  void everyKindEverStoredIsStillAKind() {
    assertThat(Arrays.stream(GrantEvent.Kind.values()).map(Enum::name))
        .containsExactlyInAnyOrder(
            "PREPARED",
            "REVISED",
            "APPROVED",
            "CHANGES_REQUESTED",
            "REJECTED",
            "SUBMISSION_REMINDER",
            "SUBMITTED",
            "DEADLINE_MISSED",
            "DECISION_REMINDER",
            "AWARDED",
            "DECLINED",
            "REPORT_REMINDER",
            "REPORTED",
            "CLOSED",
            "DOCUMENT_GENERATED",
            "LINKS_SET");
  }

  @Test
  void everyKindFitsItsColumn() {
    // grant_event.kind is VARCHAR(40) (V4__reviews_and_grants.sql).
    assertThat(GrantEvent.Kind.values())
        .allSatisfy(k -> assertThat(k.name()).hasSizeLessThanOrEqualTo(40));
  }
}
