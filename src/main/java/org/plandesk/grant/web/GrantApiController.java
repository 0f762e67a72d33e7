package org.plandesk.grant.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.plandesk.grant.GrantOverview;
import org.plandesk.grant.GrantRequest;
import org.plandesk.grant.GrantService;
import org.plandesk.grant.GrantStatus;
import org.plandesk.plan.PlanRuleViolation;
import org.plandesk.system.Text;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Grant and fundraising requests through the JSON API (any signed-in user; see GrantApiAccess):
 * {@code GET /api/grants[?status=AWARDED]} lists them newest first; {@code GET /api/grants/{id}}
 * shows one with its reporting obligations and its history. Requests are prepared and decided
 * through their process (Tasklist or engine-rest), never here. Their documents are downloaded
 * through the document API ({@link GrantDocumentSubjects}).
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
    return choice(GrantStatus.class, text, "field.status");
  }

  /**
   * One of an enum's values, named in any case; a 400 that lists them for an unknown one.
   *
   * @param what the key of the label of what is chosen, as the refusal names it
   */
  static <E extends Enum<E>> E choice(Class<E> type, String text, String what) {
    try {
      return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new PlanRuleViolation(
          "api.unknownValue", Text.of(what), text, Arrays.toString(type.getEnumConstants()));
    }
  }
}
