package org.plandesk.review.monitoring;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.plandesk.plan.PlanNotFound;
import org.plandesk.plan.PlanOverview;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanVersion;
import org.plandesk.review.process.MonitoringTasks;
import org.plandesk.review.progress.IndicatorFeeds;
import org.plandesk.review.progress.Recorder;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The monitoring pages of a plan in force. {@code /plans/{code}/monitoring}: its open monitoring
 * tasks (each linked from its Tasklist form) and, for the coordinator, which indicators are fed
 * from the implementation log. {@code /plans/{code}/monitoring/{taskId}}: one task's result, a row
 * per indicator with its unit, baseline and target and a number field for the actual value
 * (prefilled from the log for a fed indicator), the date, the summary and figures. A refused save
 * shows the page again (400) with each message tied to its field and what was typed; a saved one
 * has recorded the result and completed the task in one transaction.
 */
@Controller
class MonitoringController {

  private static final Pattern VALUE = Pattern.compile("value-(\\d{1,9})");

  private final MonitoringSheet sheet;
  private final MonitoringTasks tasks;
  private final IndicatorFeeds feeds;
  private final PlanService plans;
  private final MessageSource messages;

  MonitoringController(
      MonitoringSheet sheet,
      MonitoringTasks tasks,
      IndicatorFeeds feeds,
      PlanService plans,
      MessageSource messages) {
    this.sheet = sheet;
    this.tasks = tasks;
    this.feeds = feeds;
    this.plans = plans;
    this.messages = messages;
  }

  @GetMapping("/plans/{code}/monitoring")
  String plan(
      @PathVariable String code,
      @RequestParam(required = false) String saved,
      Authentication user,
      Model model) {
    PlanOverview overview = plans.overview(code);
    PlanVersion version = overview.inForce().orElse(null);
    model.addAttribute("plan", overview.plan());
    model.addAttribute("version", version);
    model.addAttribute("coordinator", Recorder.of(user).coordinator());
    if (version != null) {
      model.addAttribute("tasks", tasks.open(version.id()));
      model.addAttribute("feeds", feeds.feeds(overview.plan().id(), version));
    }
    if ("result".equals(saved) || "feed".equals(saved)) {
      model.addAttribute("saved", "living.monitoring.saved." + saved);
    }
    return "monitoring-plan";
  }

  @PostMapping("/plans/{code}/monitoring/feeds")
  String feed(
      @PathVariable String code,
      @RequestParam int indicator,
      @RequestParam(defaultValue = "0") int item,
      @RequestParam(defaultValue = "PARTICIPANTS") String measure,
      Authentication user) {
    PlanOverview overview = plans.overview(code);
    PlanVersion version =
        overview
            .inForce()
            .orElseThrow(() -> new MonitoringRefusal(409, "living.monitoring.refused.notInForce"));
    IndicatorFeeds.Measure chosen;
    try {
      chosen = IndicatorFeeds.Measure.valueOf(measure);
      feeds.set(overview.plan().id(), version, indicator, item, chosen, user.getName());
    } catch (IllegalArgumentException e) {
      throw new MonitoringRefusal(400, "living.monitoring.refused.feed");
    }
    return "redirect:" + page(overview.plan().code(), null, "feed");
  }

  @GetMapping("/plans/{code}/monitoring/{taskId}")
  String task(
      @PathVariable String code, @PathVariable String taskId, Authentication user, Model model) {
    MonitoringSheet.View view = sheet.view(code, taskId, Recorder.of(user));
    model.addAttribute("view", view);
    model.addAttribute("form", prefilled(view));
    return "monitoring";
  }

  @PostMapping("/plans/{code}/monitoring/{taskId}")
  String save(
      @PathVariable String code,
      @PathVariable String taskId,
      @RequestParam MultiValueMap<String, String> params,
      Authentication user,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    Recorder who = Recorder.of(user);
    MonitoringSheet.View view = sheet.view(code, taskId, who);
    if (!view.mayRecord()) {
      throw new MonitoringRefusal(403, "living.monitoring.refused.notYours");
    }
    Map<Integer, String> values = new LinkedHashMap<>();
    params.forEach(
        (name, typed) -> {
          Matcher m = VALUE.matcher(name);
          if (m.matches()) {
            values.put(Integer.parseInt(m.group(1)), typed.isEmpty() ? "" : typed.get(0));
          }
        });
    MonitoringForm form =
        new MonitoringForm(
            params.getFirst("date"),
            params.getFirst("summary"),
            params.getFirst("figures"),
            values,
            params.containsKey("lastUse"));
    List<MonitoringForm.Problem> problems = form.check(view.today(), view.rows().size(), locale);
    if (!problems.isEmpty()) {
      Map<String, String> errors = new LinkedHashMap<>();
      for (MonitoringForm.Problem p : problems) {
        errors.putIfAbsent(
            p.field(),
            text(
                locale,
                "living.monitoring.error." + p.message(),
                fieldName(p.field(), view, locale),
                p.argument()));
      }
      return refused(view, form, errors, null, model, response);
    }
    try {
      sheet.save(taskId, who, form.result(locale));
    } catch (AuthorizationException e) {
      throw new MonitoringRefusal(403, "living.monitoring.refused.notYours");
    } catch (ProcessEngineException e) {
      // A rule the domain checks again as it records (nothing was written: all rolled back).
      return refused(view, form, Map.of(), e.getMessage(), model, response);
    }
    return "redirect:" + page(view.plan().code(), null, "result");
  }

  @ExceptionHandler(MonitoringRefusal.class)
  String refusal(
      MonitoringRefusal refusal, Locale locale, Model model, HttpServletResponse response) {
    response.setStatus(refusal.status());
    model.addAttribute("message", text(locale, refusal.messageKey()));
    return "not-found";
  }

  @ExceptionHandler(PlanNotFound.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(PlanNotFound e, Locale locale, Model model) {
    model.addAttribute("message", text(locale, "living.progress.notFound"));
    return "not-found";
  }

  private String refused(
      MonitoringSheet.View view,
      MonitoringForm form,
      Map<String, String> errors,
      String refusal,
      Model model,
      HttpServletResponse response) {
    model.addAttribute("view", view);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("refusal", refusal);
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return "monitoring";
  }

  /** The empty form, with the values the implementation log offers for fed indicators. */
  private static MonitoringForm prefilled(MonitoringSheet.View view) {
    Map<Integer, String> values = new LinkedHashMap<>();
    for (MonitoringSheet.Row row : view.rows()) {
      values.put(row.number(), row.fed() == null ? "" : row.fed().value().toPlainString());
    }
    return new MonitoringForm(view.today().toString(), "", "", values, false);
  }

  private String fieldName(String field, MonitoringSheet.View view, Locale locale) {
    if (field.startsWith("value-")) {
      int n = Integer.parseInt(field.substring("value-".length()));
      return view.rows().get(n - 1).name();
    }
    return text(locale, "living.monitoring.field." + field);
  }

  private static String page(String code, String taskId, String saved) {
    var uri = UriComponentsBuilder.fromPath("/plans/{code}/monitoring");
    if (taskId != null) {
      uri.path("/{task}");
    }
    if (saved != null) {
      uri.queryParam("saved", saved);
    }
    return uri.buildAndExpand(code, taskId).encode().toUriString();
  }

  private String text(Locale locale, String key, Object... arguments) {
    return messages.getMessage(key, arguments, locale);
  }
}
