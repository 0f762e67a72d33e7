package org.plandesk.due;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.plandesk.acknowledge.AcknowledgementProperties;
import org.plandesk.acknowledge.Acknowledgements;
import org.plandesk.acknowledge.OpenAcknowledgement;
import org.plandesk.grant.GrantProperties;
import org.plandesk.grant.GrantRequest;
import org.plandesk.grant.GrantService;
import org.plandesk.grant.GrantStatus;
import org.plandesk.grant.ReportingObligation;
import org.plandesk.plan.Plan;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanVersion;
import org.plandesk.review.MonitoringDue;
import org.plandesk.review.PlanCalendar;
import org.plandesk.review.ReviewCalendar;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriUtils;

/**
 * What is due up to a day for a reader: their open Tasklist tasks ({@link DueTasks}) and, across
 * the library's plans and grant requests, reviews and monitoring of the plans in force, grant
 * deadlines, funders' decisions awaited and reports to funders, and the versions in force the
 * reader is asked to read and confirm (due when the reminder comes); overdue ones whatever their
 * date. Overdue first, then by date; tasks without a due date last.
 *
 * <p>A constant number of queries however many plans there are: the calendars of all plans in force
 * come from {@link ReviewCalendar#plansInForce()}, the grant requests and their open obligations in
 * one query each.
 */
@Service
@Transactional(readOnly = true)
class DueList {

  private static final Comparator<DueItem> ORDER =
      Comparator.comparing(DueItem::overdue)
          .reversed()
          .thenComparing(DueItem::date, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(DueItem::kind)
          .thenComparing(DueItem::subject);

  private final DueTasks tasks;
  private final ReviewCalendar calendars;
  private final GrantService grants;
  private final GrantProperties grantProperties;
  private final Acknowledgements acknowledgements;
  private final AcknowledgementProperties acknowledgeProperties;
  private final PlanService plans;
  private final MessageSource messages;
  private final Clock clock;

  DueList(
      DueTasks tasks,
      ReviewCalendar calendars,
      GrantService grants,
      GrantProperties grantProperties,
      Acknowledgements acknowledgements,
      AcknowledgementProperties acknowledgeProperties,
      PlanService plans,
      MessageSource messages,
      Clock clock) {
    this.tasks = tasks;
    this.calendars = calendars;
    this.grants = grants;
    this.grantProperties = grantProperties;
    this.acknowledgements = acknowledgements;
    this.acknowledgeProperties = acknowledgeProperties;
    this.plans = plans;
    this.messages = messages;
    this.clock = clock;
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * Everything due for this reader on or before this day, overdue included: overdue first, then
   * earliest first.
   */
  List<DueItem> until(DueReader reader, LocalDate until, Locale locale) {
    LocalDate today = today();
    List<DueItem> items = new ArrayList<>(tasks.of(reader, until, locale));
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
    // The reader's own versions to read and confirm are listed whatever the span, as their tasks
    // without a due date are: each is theirs to do now (due when the reminder comes).
    List<DueItem> shown =
        new ArrayList<>(
            items.stream()
                .filter(i -> i.overdue() || i.date() == null || !i.date().isAfter(until))
                .toList());
    for (OpenAcknowledgement open : acknowledgements.openFor(reader.userId())) {
      PlanVersion version = plans.version(open.versionId());
      Plan plan = plans.planOf(version);
      shown.add(
          item(
              LocalDate.ofInstant(open.openedAt(), clock.getZone())
                  .plusDays(acknowledgeProperties.remindAfter().toDays()),
              DueItem.Kind.ACKNOWLEDGEMENT,
              plan.code() + " — " + plan.title(),
              messages.getMessage(
                  "living.due.ackDetail", new Object[] {version.versionNumber()}, locale),
              "/acknowledge/" + version.id(),
              today));
    }
    return shown.stream().sorted(ORDER).toList();
  }

  private static DueItem item(
      LocalDate date,
      DueItem.Kind kind,
      String subject,
      String detail,
      String link,
      LocalDate today) {
    return new DueItem(date, kind, subject, detail, link, date.isBefore(today), List.of());
  }
}
