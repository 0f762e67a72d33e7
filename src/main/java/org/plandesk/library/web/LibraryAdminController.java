package org.plandesk.library.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.plandesk.identity.DepartmentDirectory;
import org.plandesk.library.Libraries;
import org.plandesk.library.Library;
import org.plandesk.library.LibraryRefused;
import org.plandesk.library.LibraryRules;
import org.plandesk.library.NewLibrary;
import org.plandesk.library.NewStaffMember;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of the library network ({@code /admin/libraries}, group camunda-admin
 * only, as every page under {@code /admin}: see {@code identity/SecurityConfig}): every library,
 * network by network, a form to add a library (code, name, language, central library) and one to
 * add a member of staff to a library (sign-in name, name, mail, language, groups, first password).
 * A refused form shows the page again (400) with its problems at the top, each tied to its field,
 * and what was typed (but the password); nothing is written. A saved one goes back to the list with
 * a line saying what was done. Every word in the signed-in user's language.
 */
@Controller
@RequestMapping("/admin/libraries")
class LibraryAdminController {

  private final Libraries libraries;
  private final DepartmentDirectory departments;
  private final MessageSource messages;

  LibraryAdminController(
      Libraries libraries, DepartmentDirectory departments, MessageSource messages) {
    this.libraries = libraries;
    this.departments = departments;
    this.messages = messages;
  }

  /** A library as a row of the page: its language and central library in words. */
  record Row(Library library, String language, String parent, int depth) {}

  /** A group to tick, named in the reader's language. */
  record GroupChoice(String id, String name) {}

  @GetMapping
  String list(Locale locale, Model model) {
    return show(
        new NewLibrary("", "", locale.getLanguage(), ""),
        Map.of(),
        new NewStaffMember("", "", "", "", "", locale.getLanguage(), List.of(), ""),
        Map.of(),
        locale,
        model);
  }

  @PostMapping
  String addLibrary(
      @RequestParam(required = false) String code,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String language,
      @RequestParam(required = false) String parent,
      Locale locale,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    NewLibrary request = new NewLibrary(code, name, language, parent);
    try {
      Library added = libraries.add(request);
      redirect.addFlashAttribute(
          "done", text("libraries.done.library", locale, added.name(), added.code()));
      return "redirect:/admin/libraries";
    } catch (LibraryRefused refused) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return show(
          request,
          errors(refused, locale),
          new NewStaffMember("", "", "", "", "", locale.getLanguage(), List.of(), ""),
          Map.of(),
          locale,
          model);
    }
  }

  @PostMapping("/staff")
  String addStaff(
      @RequestParam(required = false) String library,
      @RequestParam(required = false) String userId,
      @RequestParam(required = false) String firstName,
      @RequestParam(required = false) String lastName,
      @RequestParam(required = false) String email,
      @RequestParam(required = false) String language,
      @RequestParam(required = false) List<String> groups,
      @RequestParam(required = false) String password,
      Locale locale,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    NewStaffMember request =
        new NewStaffMember(library, userId, firstName, lastName, email, language, groups, password);
    try {
      libraries.addStaff(request);
      String libraryName =
          libraries.find(request.libraryCode()).map(Library::name).orElse(request.libraryCode());
      redirect.addFlashAttribute(
          "done",
          text(
              "libraries.done.staff",
              locale,
              request.firstName() + " " + request.lastName(),
              request.userId(),
              libraryName));
      return "redirect:/admin/libraries";
    } catch (LibraryRefused refused) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return show(
          new NewLibrary("", "", locale.getLanguage(), ""),
          Map.of(),
          request,
          errors(refused, locale),
          locale,
          model);
    }
  }

  private String show(
      NewLibrary library,
      Map<String, String> libraryErrors,
      NewStaffMember staff,
      Map<String, String> staffErrors,
      Locale locale,
      Model model) {
    List<Library> all = libraries.all();
    Map<String, Library> byCode = new LinkedHashMap<>();
    all.forEach(l -> byCode.put(l.code(), l));
    List<Row> rows =
        all.stream()
            .map(
                l ->
                    new Row(
                        l,
                        text("language." + l.language(), locale),
                        l.root() ? null : byCode.get(l.parentCode()).name(),
                        depth(l, byCode)))
            .toList();
    model.addAttribute("rows", rows);
    model.addAttribute("ownCode", libraries.own().code());
    model.addAttribute("languages", LibraryRules.LANGUAGES);
    model.addAttribute("groups", groups(locale));
    model.addAttribute("library", library);
    model.addAttribute("libraryErrors", libraryErrors);
    model.addAttribute("staff", staff);
    model.addAttribute("staffErrors", staffErrors);
    return "admin-libraries";
  }

  private static int depth(Library library, Map<String, Library> byCode) {
    int depth = 0;
    Library above = library;
    while (above.parentCode() != null && depth < byCode.size()) {
      above = byCode.get(above.parentCode());
      depth++;
    }
    return depth;
  }

  private List<GroupChoice> groups(Locale locale) {
    return libraries.staffGroups().stream()
        .map(
            id ->
                new GroupChoice(
                    id, messages.getMessage("group." + id, null, departments.nameOf(id), locale)))
        .toList();
  }

  /** Each field's first problem, in the reader's language, in the order of the form. */
  private static Map<String, String> errors(LibraryRefused refused, Locale locale) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (LibraryRules.Problem problem : refused.problems()) {
      errors.putIfAbsent(problem.field(), problem.text().in(locale));
    }
    return errors;
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
