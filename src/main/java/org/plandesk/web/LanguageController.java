package org.plandesk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.Principal;
import java.util.Map;
import org.plandesk.plan.PlanLanguage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The reader's language: the switch in every page's header ({@code POST /language}), the user's
 * profile page ({@code /profile}) and, for the Camunda webapps to follow the same choice, {@code
 * GET /api/me/language}. Which language a page takes is {@link StaffLocaleResolver}'s rule.
 */
@Controller
class LanguageController {

  private final StaffLocaleResolver locales;
  private final Labels labels;

  LanguageController(StaffLocaleResolver locales, Labels labels) {
    this.locales = locales;
    this.labels = labels;
  }

  /**
   * Stores the chosen language (the signed-in user's own, or a cookie before signing in) and
   * returns to the page the switch was on: a path of PlanDesk only, never another site.
   */
  @PostMapping("/language")
  RedirectView choose(
      @RequestParam(required = false) String language,
      @RequestParam(name = "return", required = false) String back,
      HttpServletRequest request,
      HttpServletResponse response) {
    StaffLocaleResolver.of(language)
        .ifPresent(l -> locales.setLocale(request, response, StaffLocaleResolver.locale(l)));
    // Taken as it is: no URI template expansion, no model in the address.
    RedirectView view = new RedirectView(samePlanDeskPath(back), true);
    view.setExpandUriTemplateVariables(false);
    view.setExposeModelAttributes(false);
    return view;
  }

  @GetMapping("/profile")
  String profile(Principal user, Model model) {
    model.addAttribute("userId", user.getName());
    model.addAttribute("name", labels.person(user.getName()));
    return "profile";
  }

  /** The profile's form: the same setting as the switch, then the profile again, confirmed. */
  @PostMapping("/profile")
  String saveProfile(
      @RequestParam(required = false) String language,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffLocaleResolver.of(language)
        .ifPresent(
            l -> {
              locales.setLocale(request, response, StaffLocaleResolver.locale(l));
              redirect.addFlashAttribute("saved", true);
            });
    return "redirect:/profile";
  }

  /** The signed-in user's language as PlanDesk's pages show it: {@code {"language":"hu"}}. */
  @GetMapping(path = "/api/me/language", produces = "application/json")
  @ResponseBody
  Map<String, String> myLanguage(HttpServletRequest request) {
    PlanLanguage language = locales.language(request);
    return Map.of("language", language.name());
  }

  /**
   * The path to return to, if it is one of PlanDesk's own ({@code /plans?q=x}); anything else (an
   * address of another site, {@code //host}, a scheme, a line break) returns to the register.
   */
  static String samePlanDeskPath(String back) {
    String fallback = "/plans";
    if (back == null
        || !back.startsWith("/")
        || back.startsWith("//")
        || back.startsWith("/\\")
        || back.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')) {
      return fallback;
    }
    try {
      URI uri = new URI(back);
      if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawPath() == null) {
        return fallback;
      }
    } catch (URISyntaxException e) {
      return fallback;
    }
    return back;
  }
}
