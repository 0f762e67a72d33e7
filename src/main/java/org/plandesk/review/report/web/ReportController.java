package org.plandesk.review.report.web;

import java.security.Principal;
import org.plandesk.plan.PlanRuleViolation;
import org.plandesk.review.report.process.ImplementationReportPort;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The coordinator's button on a plan's progress page: {@code POST /plans/{code}/report} with the
 * year asks for the yearly implementation report and sends it on its way to the director's sign-off
 * (the Tasklist). A refused request (no version in force, a year not begun, a report already on its
 * way or signed off) answers with its reason and starts nothing; a started one returns to the page.
 */
@Controller
class ReportController {

  private final ImplementationReportPort reports;

  ReportController(ImplementationReportPort reports) {
    this.reports = reports;
  }

  @PostMapping("/plans/{code}/report")
  String request(
      @PathVariable String code, @RequestParam(defaultValue = "") String year, Principal user) {
    int asked;
    try {
      asked = Integer.parseInt(year.strip());
    } catch (NumberFormatException e) {
      throw new PlanRuleViolation("report.yearNotANumber", year);
    }
    reports.start(code, asked, user.getName());
    return "redirect:"
        + UriComponentsBuilder.fromPath("/plans/{code}/progress")
            .queryParam("report", "requested")
            .fragment("report")
            .buildAndExpand(code)
            .encode()
            .toUriString();
  }
}
