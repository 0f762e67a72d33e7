package org.plandesk.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The accessibility statement the EU Web Accessibility Directive (2016/2102) asks of a public
 * body's sites: conformance, what is not yet accessible, how it was checked and whom to tell about
 * a barrier. Open to everyone, like the sign-in page that links to it.
 */
@Controller
class AccessibilityController {

  private final PageProperties properties;

  AccessibilityController(PageProperties properties) {
    this.properties = properties;
  }

  @GetMapping("/accessibility")
  String statement(Model model) {
    model.addAttribute("contact", properties.accessibility().contact());
    model.addAttribute("lastChecked", properties.accessibility().lastChecked());
    return "accessibility";
  }
}
