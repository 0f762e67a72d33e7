package org.plandesk.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.plandesk.identity.DepartmentDirectory;
import org.plandesk.identity.Groups;
import org.plandesk.plan.DepartmentInput;
import org.plandesk.plan.PlanContent;
import org.plandesk.plan.PlanContentRules;
import org.plandesk.plan.PlanContentRules.Problem;
import org.plandesk.plan.PlanDocuments;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanVersion;
import org.plandesk.plan.VoteRanking;
import org.plandesk.plan.process.EditorLinks;
import org.plandesk.plan.process.LifecycleActions;
import org.plandesk.system.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plan editor: the coordinator edits a draft's long, structured content here (the Tasklist
 * forms link to it). Everyone signed in may read a version; only the coordinator edits, and only
 * while the version is a draft. Beside the target groups it shows them ranked by the departments'
 * votes on the version, so the coordinator consolidates with the staff's priorities in view.
 */
@Controller
class PlanEditorController {

  private final PlanService plans;
  private final LifecycleActions lifecycle;
  private final DepartmentDirectory departments;
  private final PlanDocuments documents;
  private final MessageSource messages;

  PlanEditorController(
      PlanService plans,
      LifecycleActions lifecycle,
      DepartmentDirectory departments,
      PlanDocuments documents,
      MessageSource messages) {
    this.plans = plans;
    this.lifecycle = lifecycle;
    this.departments = departments;
    this.documents = documents;
    this.messages = messages;
  }

  @GetMapping("/plans/versions/{id}")
  String show(@PathVariable long id, Model model, Authentication user, Locale locale) {
    PlanVersion version = plans.version(id);
    return render(
        model,
        version,
        EditorForm.of(version.fileName(), version.revision(), version.content()),
        List.of(),
        user,
        locale);
  }

  @PostMapping("/plans/versions/{id}")
  String save(
      @PathVariable long id,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      Authentication user,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    PlanVersion version = plans.version(id);
    EditorForm form = EditorForm.from(params);
    EditorForm.Parsed parsed = form.parse();
    List<Problem> problems = new ArrayList<>(parsed.problems());
    problems.addAll(PlanContentRules.checkDraft(parsed.content()));
    if (!version.status().isEditable()) {
      // The plan service refuses it too; said here in the reader's words, with the status by name.
      problems.add(new Problem("", readOnly(version, locale)));
    } else if (problems.isEmpty()) {
      try {
        PlanVersion saved = plans.saveDraft(id, form.revision(), form.fileName(), parsed.content());
        lifecycle.contentSaved(saved);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/plans/versions/" + id;
      } catch (RuleViolation e) {
        // The editor ties what it knows to its field; anything else in the reader's words.
        String english = e.getMessage();
        problems.add(
            new Problem("", EditorProblems.recognises(english) ? english : e.messageIn(locale)));
      }
    }
    response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
    return render(model, version, form, problems, user, locale);
  }

  private String readOnly(PlanVersion version, Locale locale) {
    String status = messages.getMessage("status." + version.status(), null, locale);
    return messages.getMessage("editor.readOnly.status", new Object[] {status}, locale);
  }

  private String render(
      Model model,
      PlanVersion version,
      EditorForm form,
      List<Problem> problems,
      Authentication user,
      Locale locale) {
    boolean coordinator = hasRole(user, Groups.COORDINATOR);
    boolean director = hasRole(user, Groups.DIRECTOR);
    model.addAttribute("document", documents.info(version.id()).orElse(null));
    model.addAttribute(
        "previewLink",
        (coordinator || director) && version.status().isOpen()
            ? EditorLinks.preview(version.id())
            : null);
    model.addAttribute(
        "previewPdfLink",
        (coordinator || director) && version.status().isOpen()
            ? EditorLinks.previewPdf(version.id())
            : null);
    model.addAttribute("plan", plans.planOf(version));
    model.addAttribute("version", version);
    model.addAttribute("form", form);
    model.addAttribute("editable", coordinator && version.status().isEditable());
    EditorProblems.View shown = new EditorProblems(messages, locale).of(problems);
    model.addAttribute("problems", shown.summary());
    model.addAttribute("fieldProblems", shown.byField());
    List<DepartmentInput> inputs = plans.inputs(version.id());
    model.addAttribute("inputs", inputs);
    // The saved target groups, as the departments voted on them (not what is being typed).
    model.addAttribute("ranking", VoteRanking.of(version.content().targetGroups(), inputs));
    model.addAttribute("departmentNames", departments.namesById());
    model.addAttribute("tiers", PlanContent.Tier.values());
    model.addAttribute("periodicities", PlanContent.Periodicity.values());
    return "editor";
  }

  private static boolean hasRole(Authentication user, String group) {
    return user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + group));
  }
}
