package org.plandesk.grant;

import java.time.Instant;

/**
 * A strategic goal or an action item of the plan a grant or fundraising request serves, which the
 * request funds (traceability goal ↔ action item ↔ grant). Known by its text's key ({@code
 * plan.ContentKey}), as the action log knows an action item, so the link outlives versions that
 * keep the text.
 *
 * @param text the goal's or item's text as it read when it was linked
 */
public record GrantLink(
    long grantId, Kind kind, String key, String text, String linkedBy, Instant linkedAt) {

  /** What the request funds; stored by name in {@code grant_link.kind}. */
  public enum Kind {
    GOAL,
    ACTION_ITEM
  }
}
