package org.plandesk.grant.process;

import java.time.Clock;
import java.time.LocalDate;
import org.plandesk.grant.GrantProperties;
import org.plandesk.grant.GrantService;
import org.plandesk.grant.ReportingObligation;
import org.springframework.stereotype.Component;

/**
 * Input mappings of {@code SubProcess_Reporting} ({@code ${grantReportDates.dueAt(obligation)}} and
 * so on): the due date, the reminder date and the description of one reporting obligation, given
 * its id (the multi-instance element variable). Public because the expression language only calls
 * methods of public classes.
 */
@Component("grantReportDates")
public class GrantReportDates {

  private final GrantService grants;
  private final GrantProperties properties;
  private final Clock clock;

  GrantReportDates(GrantService grants, GrantProperties properties, Clock clock) {
    this.grants = grants;
    this.properties = properties;
    this.clock = clock;
  }

  /** The day the report is due, {@code YYYY-MM-DD}: the task's due date. */
  public String dueAt(Object obligation) {
    return find(obligation).dueDate().toString();
  }

  /** plandesk.grant.report-reminder-before the due date, but not before today. */
  public String reminderAt(Object obligation) {
    LocalDate due = find(obligation).dueDate();
    return ReminderDates.before(due, properties.reportReminderBefore(), LocalDate.now(clock))
        .toString();
  }

  public String description(Object obligation) {
    return find(obligation).description();
  }

  private ReportingObligation find(Object obligation) {
    return grants.obligation(GrantRequestVariables.obligation(obligation));
  }
}
