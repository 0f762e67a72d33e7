package org.plandesk.grant.process;

import java.util.List;
import org.plandesk.grant.GrantOverview;
import org.plandesk.grant.GrantRequest;
import org.plandesk.grant.GrantService;
import org.plandesk.grant.GrantStatus;
import org.plandesk.plan.PlanRuleViolation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Grant and fundraising requests through the JSON API (any signed-in user; see ReviewApiSecurity):
 * {@code GET /api/grants[?status=AWARDED]} lists them newest first; {@code GET /api/grants/{id}}
 * shows one with its reporting obligations and its history. Requests are prepared and decided
 * through their process (Tasklist or engine-rest), never here.
 */
@RestController
@RequestMapping("/api/grants")
class GrantApiController {

  private final GrantService grants;

  GrantApiController(GrantService grants) {
    this.grants = grants;
  }

  @GetMapping
  List<GrantRequest> list(@RequestParam(required = false) String status) {
    return grants.list(status == null || status.isBlank() ? null : status(status));
  }

  @GetMapping("/{id}")
  GrantOverview get(@PathVariable long id) {
    return grants.overview(id);
  }

  private static GrantStatus status(String text) {
    try {
      return GrantStatus.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new PlanRuleViolation("Unknown status " + text + "; one of " + java.util.Arrays.toString(GrantStatus.values()));
    }
  }
}
