package org.plandesk.due;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.plandesk.plan.PlanRuleViolation;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What's due, PlanDesk's start page ({@code /}, also at {@code /due}): the reader's open tasks and,
 * across the plans and grant requests, what falls due in the coming days (60 unless the reader
 * chooses another span), overdue items first and marked in words. The director and the coordinator
 * see every member of staff's tasks ({@link DueReader}). A long list comes in pages.
 */
@Controller
class DueController {

  /** The spans the page offers, in days. */
  static final List<Integer> SPANS = List.of(14, 30, 60, 90, 180, 365);

  /** Items a page: a library with thousands of plans in force can have thousands overdue. */
  static final int PAGE_SIZE = 100;

  private final DueList due;

  DueController(DueList due) {
    this.due = due;
  }

  @GetMapping({"/", "/due"})
  String due(
      @RequestParam(defaultValue = "60") String days,
      @RequestParam(defaultValue = "1") String page,
      Authentication user,
      Locale locale,
      Model model) {
    int span = span(days);
    LocalDate today = due.today();
    LocalDate until = today.plusDays(span);
    List<DueItem> items = due.until(DueReader.of(user), until, locale);
    int pages = Math.max(1, (items.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    int shown = Math.min(pages, number(page));
    model.addAttribute(
        "items", items.subList((shown - 1) * PAGE_SIZE, Math.min(items.size(), shown * PAGE_SIZE)));
    model.addAttribute("total", items.size());
    model.addAttribute("overdue", items.stream().filter(DueItem::overdue).count());
    model.addAttribute("page", shown);
    model.addAttribute("pages", pages);
    model.addAttribute("today", today);
    model.addAttribute("until", until);
    model.addAttribute("days", span);
    model.addAttribute("spans", SPANS);
    model.addAttribute("wholeLibrary", DueReader.of(user).wholeLibrary());
    return "due";
  }

  private int span(String days) {
    try {
      int span = Integer.parseInt(days.strip());
      if (SPANS.contains(span)) {
        return span;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw refused("living.due.unknownSpan");
  }

  private int number(String page) {
    try {
      int number = Integer.parseInt(page.strip());
      if (number >= 1) {
        return number;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw refused("living.due.unknownPage");
  }

  private static PlanRuleViolation refused(String key) {
    return new PlanRuleViolation(key);
  }
}
