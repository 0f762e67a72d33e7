package org.plandesk.review;

/** What a periodic review of a plan in force decided, or how it ended. */
public enum ReviewOutcome {
  /** The coordinator found the plan still valid and the director confirmed it. */
  STILL_VALID,
  /** The coordinator started a revised version. */
  REVISE,
  /** The coordinator proposed and the director confirmed to retire the plan. */
  RETIRED,
  /** A newer version entered into force before the review was decided. */
  ENDED
}
