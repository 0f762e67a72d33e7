package org.plandesk.grant.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.plandesk.grant.GrantLink;
import org.plandesk.grant.GrantLinks;
import org.plandesk.grant.GrantOverview;
import org.plandesk.grant.GrantRequest;
import org.plandesk.grant.GrantService;
import org.plandesk.grant.GrantStatus;
import org.plandesk.plan.PlanRuleViolation;
import org.plandesk.system.Text;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Grant and fundraising requests through the JSON API (any signed-in user; see GrantApiAccess):
 * {@code GET /api/grants[?status=AWARDED]} lists them newest first; {@code GET /api/grants/{id}}
 * shows one with its reporting obligations and its history. Requests are prepared and decided
 * through their process (Tasklist or engine-rest), never here. Their documents are downloaded
 * through the document API ({@link GrantDocumentSubjects}).
 *
 * <p>What a request funds: {@code GET /api/grants/{id}/links} (anyone signed in) and {@code PUT
 * /api/grants/{id}/links {"goals": ["1", "…"], "actionItems": ["…"]}} (the coordinator): the
 * strategic goals and action items of the plan in force it serves, each by its number there or its
 * text; exactly those are linked afterwards. One not in the plan in force: 400 naming it, nothing
 * written.
 */
@RestController
@RequestMapping("/api/grants")
class GrantApiController {

  private final GrantService grants;
  private final GrantLinks links;

  GrantApiController(GrantService grants, GrantLinks links) {
    this.grants = grants;
    this.links = links;
  }

  @GetMapping
  List<GrantRequest> list(@RequestParam(required = false) String status) {
    return grants.list(status == null || status.isBlank() ? null : status(status));
  }

  @GetMapping("/{id}")
  GrantOverview get(@PathVariable long id) {
    return grants.overview(id);
  }

  @GetMapping("/{id}/links")
  List<GrantLink> links(@PathVariable long id) {
    return links.of(id);
  }

  /** The goals and action items a request funds, each by its number or text. */
  record LinksBody(List<String> goals, List<String> actionItems) {}

  @PutMapping("/{id}/links")
  List<GrantLink> setLinks(
      @PathVariable long id, @RequestBody LinksBody body, Authentication user) {
    GrantLinkRights.requireCoordinator(user);
    return links.set(id, body.goals(), body.actionItems(), user.getName());
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
