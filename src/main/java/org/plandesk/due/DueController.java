package org.plandesk.due;

import java.time.LocalDate;
import java.util.List;
import org.plandesk.plan.PlanRuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What's due ({@code /due}): across the plans and grant requests, what falls due in the coming days
 * (60 unless the reader chooses another span), overdue items marked in words, earliest first.
 */
@Controller
class DueController {

  /** The spans the page offers, in days. */
  static final List<Integer> SPANS = List.of(14, 30, 60, 90, 180, 365);

  private final DueList due;

  DueController(DueList due) {
    this.due = due;
  }

  @GetMapping("/due")
  String due(@RequestParam(defaultValue = "60") String days, Model model) {
    int span = span(days);
    LocalDate today = due.today();
    LocalDate until = today.plusDays(span);
    List<DueItem> items = due.until(until);
    model.addAttribute("items", items);
    model.addAttribute("overdue", items.stream().filter(DueItem::overdue).count());
    model.addAttribute("today", today);
    model.addAttribute("until", until);
    model.addAttribute("days", span);
    model.addAttribute("spans", SPANS);
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
    throw new PlanRuleViolation("living.due.unknownSpan");
  }
}
