package org.plandesk.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** PlanDesk's sign-in page: the one sign-in for the pages and the Camunda webapps. */
@Controller
class SignInController {

  @GetMapping("/login")
  String signIn() {
    return "login";
  }
}
