package org.plandesk.review;

import java.time.LocalDate;
import java.util.List;

/**
 * What is due for a plan in force: its next review (null when no review runs for it) and the next
 * use of each monitoring instrument.
 */
public record PlanCalendar(
    String planCode,
    String planTitle,
    long versionId,
    String versionNumber,
    LocalDate effectiveDate,
    LocalDate reviewDue,
    List<MonitoringDue> monitoring) {

  public PlanCalendar {
    monitoring = List.copyOf(monitoring);
  }
}
