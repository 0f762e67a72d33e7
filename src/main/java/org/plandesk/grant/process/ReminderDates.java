package org.plandesk.grant.process;

import java.time.LocalDate;
import java.time.Period;

/** When to remind of a date: some time before it, but never before today. */
final class ReminderDates {

  private ReminderDates() {}

  static LocalDate before(LocalDate day, Period ahead, LocalDate today) {
    LocalDate result = day.minus(ahead);
    return result.isBefore(today) ? today : result;
  }
}
