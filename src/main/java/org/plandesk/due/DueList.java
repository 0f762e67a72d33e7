package org.plandesk.due;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.plandesk.grant.GrantProperties;
import org.plandesk.grant.GrantRequest;
import org.plandesk.grant.GrantService;
import org.plandesk.grant.GrantStatus;
import org.plandesk.grant.ReportingObligation;
import org.plandesk.review.MonitoringDue;
import org.plandesk.review.PlanCalendar;
import org.plandesk.review.ReviewCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriUtils;

/**
 * What is due across the library's plans and grant requests up to a day: reviews and monitoring of
 * the plans in force, grant deadlines, funders' decisions awaited and reports to funders; overdue
 * ones whatever their date. Earliest first.
 */
@Service
@Transactional(readOnly = true)
class DueList {

  private final ReviewCalendar calendars;
  private final GrantService grants;
  private final GrantProperties grantProperties;
  private final Clock clock;

  DueList(
      ReviewCalendar calendars, GrantService grants, GrantProperties grantProperties, Clock clock) {
    this.calendars = calendars;
    this.grants = grants;
    this.grantProperties = grantProperties;
    this.clock = clock;
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Everything due on or before this day, overdue included, earliest first. */
  List<DueItem> until(LocalDate until) {
    LocalDate today = today();
    List<DueItem> items = new ArrayList<>();
    for (PlanCalendar plan : calendars.plansInForce()) {
      String subject = plan.planCode() + " — " + plan.planTitle();
      String link = "/plans/" + UriUtils.encodePathSegment(plan.planCode(), "UTF-8") + "/progress";
      if (plan.reviewDue() != null) {
        items.add(item(plan.reviewDue(), DueItem.Kind.REVIEW, subject, null, link, today));
      }
      for (MonitoringDue instrument : plan.monitoring()) {
        items.add(
            item(
                instrument.nextDue(),
                DueItem.Kind.MONITORING,
                subject,
                instrument.instrument(),
                link,
                today));
      }
    }
    List<GrantRequest> requests = grants.list(null);
    Map<Long, GrantRequest> byId =
        requests.stream().collect(Collectors.toMap(GrantRequest::id, Function.identity()));
    for (GrantRequest request : requests) {
      String link = "/grants/" + request.id();
      switch (request.status()) {
        case IN_APPROVAL, CHANGES_REQUESTED, APPROVED ->
            items.add(
                item(
                    request.funderDeadline(),
                    DueItem.Kind.GRANT_SUBMISSION,
                    request.title(),
                    request.funder(),
                    link,
                    today));
        case SUBMITTED -> {
          if (request.submittedOn() != null) {
            items.add(
                item(
                    request.submittedOn().plus(grantProperties.decisionReminderAfter()),
                    DueItem.Kind.GRANT_DECISION,
                    request.title(),
                    request.funder(),
                    link,
                    today));
          }
        }
        default -> {}
      }
    }
    for (ReportingObligation report : grants.openObligations()) {
      GrantRequest request = byId.get(report.grantId());
      if (request != null && request.status() == GrantStatus.AWARDED) {
        items.add(
            item(
                report.dueDate(),
                DueItem.Kind.GRANT_REPORT,
                request.title(),
                report.description(),
                "/grants/" + request.id(),
                today));
      }
    }
    return items.stream()
        .filter(i -> i.overdue() || !i.date().isAfter(until))
        .sorted(
            Comparator.comparing(DueItem::date)
                .thenComparing(DueItem::kind)
                .thenComparing(DueItem::subject))
        .toList();
  }

  private static DueItem item(
      LocalDate date,
      DueItem.Kind kind,
      String subject,
      String detail,
      String link,
      LocalDate today) {
    return new DueItem(date, kind, subject, detail, link, date.isBefore(today));
  }
}
