package org.plandesk.grant.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.plandesk.grant.GrantEvent;
import org.plandesk.grant.GrantLinkRefused;
import org.plandesk.grant.GrantLinks;
import org.plandesk.grant.GrantNotFound;
import org.plandesk.grant.GrantOverview;
import org.plandesk.grant.GrantProperties;
import org.plandesk.grant.GrantRequest;
import org.plandesk.grant.GrantService;
import org.plandesk.grant.GrantStatus;
import org.plandesk.grant.ReportingObligation;
import org.plandesk.plan.PlanRuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The grants register ({@code /grants}): every grant and fundraising request with its funder,
 * programme, amounts, status, deadlines and reports due, filtered by status and sorted; and a
 * request's page ({@code /grants/{id}}) with its obligations, documents, history and the goals and
 * action items of its plan it funds. Requests are prepared and decided through their process; on
 * the page the coordinator sets what a request funds ({@code POST /grants/{id}/links}, with the
 * page's CSRF token): a refused change shows the page again (400) with the reason and what was
 * ticked, and writes nothing; a saved one returns to the page, which says so.
 */
@Controller
class GrantPagesController {

  /** The orders the register offers, by the value of its {@code sort} parameter. */
  enum Sort {
    DEADLINE,
    TITLE,
    STATUS,
    REQUESTED,
    NEWEST
  }

  /** History entries whose detail is what a person wrote (a title, a comment, a note). */
  private static final Set<GrantEvent.Kind> WRITTEN_DETAIL =
      EnumSet.of(
          GrantEvent.Kind.PREPARED,
          GrantEvent.Kind.APPROVED,
          GrantEvent.Kind.CHANGES_REQUESTED,
          GrantEvent.Kind.REJECTED,
          GrantEvent.Kind.SUBMITTED,
          GrantEvent.Kind.DECLINED,
          GrantEvent.Kind.REPORT_REMINDER,
          GrantEvent.Kind.REPORTED,
          GrantEvent.Kind.LINKS_SET);

  private final GrantService grants;
  private final GrantLinks links;
  private final GrantProperties properties;
  private final Clock clock;
  private final MessageSource messages;

  GrantPagesController(
      GrantService grants,
      GrantLinks links,
      GrantProperties properties,
      Clock clock,
      MessageSource messages) {
    this.grants = grants;
    this.links = links;
    this.properties = properties;
    this.clock = clock;
    this.messages = messages;
  }

  @GetMapping("/grants")
  String register(
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "deadline") String sort,
      @RequestParam(defaultValue = "asc") String dir,
      Model model) {
    GrantStatus filter = status == null || status.isBlank() ? null : status(status);
    Sort order = sort(sort);
    boolean descending = "desc".equals(dir);
    LocalDate today = LocalDate.now(clock);
    Map<Long, List<ReportingObligation>> reportsDue =
        grants.openObligations().stream()
            .collect(Collectors.groupingBy(ReportingObligation::grantId));
    List<GrantRow> rows =
        grants.list(filter).stream()
            .map(
                r ->
                    new GrantRow(
                        r,
                        r.status() == GrantStatus.AWARDED
                            ? reportsDue.getOrDefault(r.id(), List.of())
                            : List.of(),
                        decisionReminder(r),
                        today))
            .sorted(descending ? comparator(order).reversed() : comparator(order))
            .toList();
    model.addAttribute("rows", rows);
    model.addAttribute("statuses", GrantStatus.values());
    model.addAttribute("status", filter == null ? "" : filter.name());
    model.addAttribute("sort", order.name().toLowerCase(Locale.ROOT));
    model.addAttribute("dir", descending ? "desc" : "asc");
    model.addAttribute("today", today);
    return "grants";
  }

  @GetMapping("/grants/{id}")
  String request(
      @PathVariable long id,
      @RequestParam(required = false) String saved,
      Authentication user,
      Model model) {
    GrantOverview overview = grants.overview(id);
    model.addAttribute(
        "funds", GrantFunds.of(links.of(id), links.planInForce(overview.request()).orElse(null)));
    model.addAttribute("linksSaved", "links".equals(saved));
    return show(overview, user, model);
  }

  @PostMapping("/grants/{id}/links")
  String setLinks(
      @PathVariable long id,
      @RequestParam(name = "goal", required = false) List<String> goals,
      @RequestParam(name = "actionItem", required = false) List<String> actionItems,
      Authentication user,
      Model model,
      HttpServletResponse response) {
    GrantLinkRights.requireCoordinator(user);
    List<String> sentGoals = goals == null ? List.of() : goals;
    List<String> sentItems = actionItems == null ? List.of() : actionItems;
    try {
      links.set(id, sentGoals, sentItems, user.getName());
    } catch (GrantLinkRefused refused) {
      GrantOverview overview = grants.overview(id);
      model.addAttribute(
          "funds",
          GrantFunds.of(
              links.of(id),
              links.planInForce(overview.request()).orElse(null),
              sentGoals,
              sentItems));
      model.addAttribute("linksRefused", refusal(refused));
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return show(overview, user, model);
    }
    return "redirect:/grants/" + id + "?saved=links#funds";
  }

  /** The refusal in the reader's language, naming the goal, item or plan. */
  private String refusal(GrantLinkRefused refused) {
    return messages.getMessage(
        "living.grant.links.refused." + refused.reason(),
        new Object[] {refused.named()},
        LocaleContextHolder.getLocale());
  }

  private String show(GrantOverview overview, Authentication user, Model model) {
    GrantRequest request = overview.request();
    LocalDate today = LocalDate.now(clock);
    model.addAttribute("grant", request);
    model.addAttribute(
        "row",
        new GrantRow(
            request,
            overview.obligations().stream().filter(o -> !o.isReported()).toList(),
            decisionReminder(request),
            today));
    model.addAttribute("obligations", overview.obligations());
    model.addAttribute("history", overview.history());
    model.addAttribute("writtenDetail", WRITTEN_DETAIL);
    model.addAttribute("documents", documents(overview.history()));
    model.addAttribute("plan", grants.servedPlan(request).orElse(null));
    model.addAttribute("mayLink", GrantLinkRights.mayLink(user));
    model.addAttribute("today", today);
    return "grant";
  }

  @ExceptionHandler(GrantNotFound.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(GrantNotFound e, Model model) {
    model.addAttribute("message", text("living.grant.notFound"));
    return "not-found";
  }

  /** The request's stored documents, one per edition (the first recorded: it is never replaced). */
  private static List<GrantDocumentLink> documents(List<GrantEvent> history) {
    Map<String, GrantDocumentLink> byEdition = new LinkedHashMap<>();
    history.stream()
        .map(GrantDocumentLink::of)
        .flatMap(Optional::stream)
        .forEach(d -> byEdition.putIfAbsent(d.edition(), d));
    return List.copyOf(byEdition.values());
  }

  private LocalDate decisionReminder(GrantRequest request) {
    return request.status() == GrantStatus.SUBMITTED && request.submittedOn() != null
        ? request.submittedOn().plus(properties.decisionReminderAfter())
        : null;
  }

  private static Comparator<GrantRow> comparator(Sort sort) {
    Comparator<GrantRow> byNewest =
        Comparator.comparingLong((GrantRow r) -> r.request().id()).reversed();
    Comparator<GrantRow> first =
        switch (sort) {
          case DEADLINE -> Comparator.comparing(GrantPagesController::nextDate);
          case TITLE ->
              Comparator.comparing(
                  (GrantRow r) -> r.request().title(), String.CASE_INSENSITIVE_ORDER);
          case STATUS -> Comparator.comparing((GrantRow r) -> r.request().status());
          case REQUESTED -> Comparator.comparing((GrantRow r) -> r.request().amountRequested());
          case NEWEST -> byNewest;
        };
    return first.thenComparing(byNewest);
  }

  /**
   * The date a request next waits for: its funder's deadline while it is to be submitted, its next
   * report while reports are due; ended and waiting requests last.
   */
  private static LocalDate nextDate(GrantRow row) {
    if (row.toSubmit()) {
      return row.request().funderDeadline();
    }
    if (row.nextReport() != null) {
      return row.nextReport().dueDate();
    }
    if (row.decisionReminder() != null) {
      return row.decisionReminder();
    }
    return LocalDate.MAX;
  }

  private GrantStatus status(String text) {
    try {
      return GrantStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new PlanRuleViolation("living.grants.unknownStatus");
    }
  }

  private Sort sort(String text) {
    try {
      return Sort.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new PlanRuleViolation("living.grants.unknownSort");
    }
  }

  private String text(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }
}
