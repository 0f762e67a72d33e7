package org.plandesk.plan.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.plandesk.identity.DepartmentDirectory;
import org.plandesk.plan.ApprovedDocument;
import org.plandesk.plan.PlanDocuments;
import org.plandesk.plan.PlanLanguage;
import org.plandesk.plan.PlanNotFound;
import org.plandesk.plan.PlanOverview;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanType;
import org.plandesk.plan.PlanVersion;
import org.plandesk.plan.RegisterPage;
import org.plandesk.plan.RegisterQuery;
import org.plandesk.plan.VersionStatus;
import org.plandesk.plan.process.OpenTasks;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * PlanDesk's reading pages of plans: the plan register, and a plan with its versions, documents,
 * open tasks and modification list (the comparison, audit trail and integrity pages are the audit
 * module's).
 */
@Controller
class PlanPagesController {

  private final PlanService plans;
  private final PlanDocuments documents;
  private final OpenTasks openTasks;
  private final DepartmentDirectory departments;

  PlanPagesController(
      PlanService plans,
      PlanDocuments documents,
      OpenTasks openTasks,
      DepartmentDirectory departments) {
    this.plans = plans;
    this.documents = documents;
    this.openTasks = openTasks;
    this.departments = departments;
  }

  @GetMapping("/plans")
  String register(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String language,
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "code") String sort,
      @RequestParam(defaultValue = "asc") String dir,
      @RequestParam(defaultValue = "1") int page,
      @RequestParam(defaultValue = "" + RegisterQuery.DEFAULT_SIZE) int size,
      Model model) {
    RegisterPage result =
        plans.register(
            new RegisterQuery(
                q,
                type,
                language,
                status,
                RegisterQuery.Sort.of(sort),
                "desc".equals(dir),
                page,
                size));
    model.addAttribute("rows", result.rows());
    model.addAttribute("result", result);
    model.addAttribute(
        "links", new RegisterLinks(q, type, language, status, sort, dir, result.query().size()));
    model.addAttribute("types", PlanType.values());
    model.addAttribute("languages", PlanLanguage.values());
    model.addAttribute("statuses", VersionStatus.values());
    model.addAttribute("q", q);
    model.addAttribute("type", type);
    model.addAttribute("language", language);
    model.addAttribute("status", status);
    model.addAttribute("sort", sort);
    model.addAttribute("dir", dir);
    return "plans";
  }

  @GetMapping("/plans/{code}")
  String plan(@PathVariable String code, Model model) {
    PlanOverview overview = plans.overview(code);
    Map<Long, ApprovedDocument> docs =
        documents.info(overview.versions().stream().map(PlanVersion::id).toList());
    model.addAttribute("overview", overview);
    model.addAttribute("documents", docs);
    model.addAttribute(
        "openTasks",
        overview.open().map(v -> openTasks.of(v.processInstanceId())).orElse(List.of()));
    model.addAttribute("departmentNames", departments.namesById());
    return "plan";
  }

  @ExceptionHandler(PlanNotFound.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(PlanNotFound e, Model model, Locale locale) {
    model.addAttribute("message", e.messageIn(locale));
    return "not-found";
  }
}
