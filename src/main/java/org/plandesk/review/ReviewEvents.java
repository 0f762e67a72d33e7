package org.plandesk.review;

import java.time.LocalDate;

/** What happened in a periodic review, published inside the transaction (e.g. for mail). */
public final class ReviewEvents {

  private ReviewEvents() {}

  /** The review of a version is due soon: the coordinator should be reminded. */
  public record ReviewReminderDue(long versionId, LocalDate dueDate) {}
}
