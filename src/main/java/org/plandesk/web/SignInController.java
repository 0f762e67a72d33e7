package org.plandesk.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** PlanDesk's sign-in page: the one sign-in for the pages and the Camunda webapps. */
@Controller
class SignInController {

  /**
   * The form; after a refused sign-in ({@code ?error}) or signing out ({@code ?logout}) it says so.
   */
  @GetMapping("/login")
  String signIn(
      @RequestParam(required = false) String error,
      @RequestParam(required = false) String logout,
      Model model) {
    model.addAttribute("failed", error != null);
    model.addAttribute("signedOut", logout != null);
    return "login";
  }
}
