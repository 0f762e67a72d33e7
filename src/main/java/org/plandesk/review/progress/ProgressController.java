package org.plandesk.review.progress;

import org.plandesk.plan.PlanNotFound;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A plan's progress page ({@code /plans/{code}/progress}): its indicators as charts against
 * baseline and target with their values as tables, the monitoring calendar, and the target groups
 * ranked by the departments' votes.
 */
@Controller
class ProgressController {

  private final PlanProgress progress;
  private final MessageSource messages;

  ProgressController(PlanProgress progress, MessageSource messages) {
    this.progress = progress;
    this.messages = messages;
  }

  @GetMapping("/plans/{code}/progress")
  String progress(@PathVariable String code, Model model) {
    model.addAttribute("view", progress.of(code));
    return "progress";
  }

  @ExceptionHandler(PlanNotFound.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(PlanNotFound e, Model model) {
    model.addAttribute(
        "message",
        messages.getMessage("living.progress.notFound", null, LocaleContextHolder.getLocale()));
    return "not-found";
  }
}
