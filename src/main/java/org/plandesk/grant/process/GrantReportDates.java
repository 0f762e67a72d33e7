package org.plandesk.grant.process;

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

  GrantReportDates(GrantService grants, GrantProperties properties) {
    this.grants = grants;
    this.properties = properties;
  }

  /** The day the report is due, {@code YYYY-MM-DD}: the task's due date. */
  public String dueAt(Object obligation) {
    return find(obligation).dueDate().toString();
  }

  /** plandesk.grant.report-reminder-before the due date, but not before today. */
  public String reminderAt(Object obligation) {
    LocalDate due = find(obligation).dueDate();
    return GrantRequestVariables.minus(due, properties.reportReminderBefore(), Staff.today())
        .toString();
  }

  public String description(Object obligation) {
    return find(obligation).description();
  }

  private ReportingObligation find(Object obligation) {
    return grants.obligation(GrantRequestVariables.obligationId(obligation));
  }
}
