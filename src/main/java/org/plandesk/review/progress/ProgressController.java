package org.plandesk.review.progress;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plandesk.plan.PlanNotFound;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A plan's progress page ({@code /plans/{code}/progress}): its indicators as charts against
 * baseline and target with their values as tables, the monitoring calendar, the target groups
 * ranked by the departments' votes, and the action items with their status and the activities held
 * under them. The coordinator and the responsible department record there ({@code POST
 * .../progress/actions/{n}/status} and {@code .../activities}, with the page's CSRF token): a
 * refused form shows the page again with its messages tied to their fields and what was typed
 * (400), and nothing is written; a saved one returns to the page, which says what was saved.
 */
@Controller
class ProgressController {

  private final PlanProgress progress;
  private final ActionLog actions;
  private final MessageSource messages;
  private final IndicatorFeeds feeds;

  ProgressController(
      PlanProgress progress, ActionLog actions, MessageSource messages, IndicatorFeeds feeds) {
    this.progress = progress;
    this.actions = actions;
    this.messages = messages;
    this.feeds = feeds;
  }

  @GetMapping("/plans/{code}/progress")
  String progress(
      @PathVariable String code,
      @RequestParam(required = false) String saved,
      @RequestParam(required = false) Integer item,
      Authentication user,
      Model model) {
    ProgressView view = progress.of(code, recorder(user));
    model.addAttribute("view", view);
    if (view.version() != null) {
      // Which indicators are fed from the implementation log, said under each.
      model.addAttribute("feeds", feeds.feeds(view.plan().id(), view.version()));
    }
    if (item != null && ("status".equals(saved) || "activity".equals(saved))) {
      model.addAttribute("saved", "living.activity.saved." + saved);
      model.addAttribute("savedItem", item);
    }
    return "progress";
  }

  @PostMapping("/plans/{code}/progress/actions/{number}/status")
  String status(
      @PathVariable String code,
      @PathVariable int number,
      @RequestParam(name = "item", defaultValue = "") String key,
      @RequestParam(required = false) String status,
      Authentication user) {
    try {
      actions.setStatus(code, number, key, status, recorder(user));
    } catch (DataIntegrityViolationException e) {
      // Two first settings of the item's status at the same moment: this one came second.
      throw new ActionLogRefusal(HttpStatus.CONFLICT, code, "living.activity.refused.conflict");
    }
    return saved(code, "status", number);
  }

  @PostMapping("/plans/{code}/progress/actions/{number}/activities")
  String activity(
      @PathVariable String code,
      @PathVariable int number,
      @RequestParam(name = "item", defaultValue = "") String key,
      @RequestParam(defaultValue = "") String heldOn,
      @RequestParam(defaultValue = "") String place,
      @RequestParam(defaultValue = "") String participants,
      @RequestParam(defaultValue = "") String goal,
      @RequestParam(defaultValue = "") String result,
      @RequestParam(defaultValue = "") String responsible,
      Authentication user,
      Model model,
      HttpServletResponse response) {
    ActivityForm form = new ActivityForm(heldOn, place, participants, goal, result, responsible);
    Recorder recorder = recorder(user);
    // The item the form names and the right to record under it come first, as for a valid form.
    actions.checkTarget(code, number, key, recorder);
    List<ActivityForm.Problem> problems = form.check(actions.today());
    if (!problems.isEmpty()) {
      ProgressView view = progress.of(code, recorder);
      Map<String, String> errors = new LinkedHashMap<>();
      for (ActivityForm.Problem p : problems) {
        errors.putIfAbsent(
            p.field(),
            text(
                "living.activity.error." + p.message(),
                text("living.activity.field." + p.field()),
                p.argument()));
      }
      model.addAttribute("view", view);
      model.addAttribute("activityItem", number);
      model.addAttribute("activityForm", form);
      model.addAttribute("activityErrors", errors);
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return "progress";
    }
    actions.addActivity(code, number, key, form.valid(), recorder);
    return saved(code, "activity", number);
  }

  @ExceptionHandler(ActionLogRefusal.class)
  String refused(
      ActionLogRefusal refusal, Principal user, Model model, HttpServletResponse response) {
    response.setStatus(refusal.status().value());
    if (refusal.status() == HttpStatus.NOT_FOUND
        && refusal.messageKey().equals("living.progress.notFound")) {
      model.addAttribute("message", text(refusal.messageKey()));
      return "not-found";
    }
    model.addAttribute(
        "view",
        progress.of(refusal.planCode(), recorder(user instanceof Authentication a ? a : null)));
    model.addAttribute("refusal", text(refusal.messageKey()));
    return "progress";
  }

  @ExceptionHandler(PlanNotFound.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(PlanNotFound e, Model model) {
    model.addAttribute("message", text("living.progress.notFound"));
    return "not-found";
  }

  /** Back to the page, at the item, saying what was saved. */
  private static String saved(String code, String what, int number) {
    return "redirect:"
        + UriComponentsBuilder.fromPath("/plans/{code}/progress")
            .queryParam("saved", what)
            .queryParam("item", number)
            .fragment("action-" + number)
            .buildAndExpand(code)
            .encode()
            .toUriString();
  }

  private static Recorder recorder(Authentication user) {
    return Recorder.of(user);
  }

  private String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }
}
