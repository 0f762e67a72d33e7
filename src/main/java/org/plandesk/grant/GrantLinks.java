package org.plandesk.grant;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.plandesk.plan.ContentKey;
import org.plandesk.plan.Plan;
import org.plandesk.plan.PlanNotFound;
import org.plandesk.plan.PlanOverview;
import org.plandesk.plan.PlanRuleViolation;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanVersion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Traceability goal ↔ action item ↔ grant: which strategic goals and action items of the plan it
 * serves a grant or fundraising request funds. The coordinator sets them (on the request's page or
 * through the API); the action item the preparer names in the request is linked with it. A goal or
 * item is named by its number in the plan in force or by its text, and must be one of that
 * version's: anything else refuses the whole change, naming it, and writes nothing. Each change is
 * recorded in the request's history.
 */
@Service
@Transactional
public class GrantLinks {

  /** Most goals and items one request may name at once: more is no request a person makes. */
  private static final int MAX_NAMED = 500;

  private final GrantRepository grants;
  private final GrantLinkRepository links;
  private final PlanService plans;

  GrantLinks(GrantRepository grants, GrantLinkRepository links, PlanService plans) {
    this.grants = grants;
    this.links = links;
    this.plans = plans;
  }

  /** A request's links, goals first. */
  @Transactional(readOnly = true)
  public List<GrantLink> of(long grantId) {
    request(grantId);
    return links.find(grantId);
  }

  /**
   * Every request that funds goals or action items of this plan, with those links, in the order the
   * requests were made (two queries, however many requests).
   */
  @Transactional(readOnly = true)
  public List<PlanFunding> fundingOf(Plan plan) {
    Map<Long, List<GrantLink>> byRequest =
        links.findByPlan(plan.id()).stream()
            .collect(
                Collectors.groupingBy(GrantLink::grantId, LinkedHashMap::new, Collectors.toList()));
    return grants.findAll(byRequest.keySet()).stream()
        .map(r -> new PlanFunding(r, byRequest.get(r.id())))
        .toList();
  }

  /**
   * The version in force of the plan the request serves, whose goals and items it may fund; empty
   * when it serves no plan or the plan has none in force.
   */
  @Transactional(readOnly = true)
  public Optional<PlanVersion> planInForce(GrantRequest request) {
    if (request.planCode() == null) {
      return Optional.empty();
    }
    try {
      return plans.overview(request.planCode()).inForce();
    } catch (PlanNotFound e) {
      return Optional.empty();
    }
  }

  /**
   * Sets what the request funds: exactly these goals and action items of the plan in force, each
   * named by its number there or by its text. Refused whole ({@link GrantLinkRefused}) when the
   * request serves no plan in force or one of them is not in it.
   *
   * @return the request's links now
   */
  public List<GrantLink> set(
      long grantId, List<String> goals, List<String> actionItems, String by) {
    GrantRequest request = request(grantId);
    List<String> goalNames = goals == null ? List.of() : goals;
    List<String> itemNames = actionItems == null ? List.of() : actionItems;
    if (goalNames.size() + itemNames.size() > MAX_NAMED) {
      throw new PlanRuleViolation("grant.links.tooMany", MAX_NAMED);
    }
    PlanVersion inForce = requirePlanInForce(request);
    Map<String, String> goalsWanted =
        resolve(goalNames, inForce.content().strategicGoals(), GrantLink.Kind.GOAL, request);
    Map<String, String> itemsWanted =
        resolve(
            itemNames,
            inForce.content().actionItems().stream().map(a -> a.content()).toList(),
            GrantLink.Kind.ACTION_ITEM,
            request);
    links.lockRequest(grantId);
    long planId = plans.planOf(inForce).id();
    links.deleteOtherPlans(grantId, planId);
    List<GrantLink> before = links.find(grantId);
    replace(grantId, planId, GrantLink.Kind.GOAL, goalsWanted, before, by);
    replace(grantId, planId, GrantLink.Kind.ACTION_ITEM, itemsWanted, before, by);
    List<GrantLink> after = links.find(grantId);
    grants.insertEvent(grantId, GrantEvent.Kind.LINKS_SET, detail(after), by);
    return after;
  }

  /**
   * Links the action item the preparer named in the request (already checked against the plan in
   * force), and drops links to a plan the request no longer serves. Called when a request is
   * prepared or revised.
   */
  void linkNamedActionItem(long grantId, GrantDraft draft, String by) {
    if (draft.planCode() == null) {
      links.deleteOtherPlans(grantId, null);
      return;
    }
    PlanOverview overview = plans.overview(draft.planCode());
    links.deleteOtherPlans(grantId, overview.plan().id());
    if (draft.actionItem() == null || overview.inForce().isEmpty()) {
      return;
    }
    overview.inForce().get().content().actionItems().stream()
        .map(a -> a.content())
        .filter(text -> ContentKey.same(text, draft.actionItem()))
        .findFirst()
        .ifPresent(
            text -> {
              String key = ContentKey.of(text);
              boolean linked =
                  links.find(grantId).stream()
                      .anyMatch(l -> l.kind() == GrantLink.Kind.ACTION_ITEM && l.key().equals(key));
              if (!linked) {
                links.insert(
                    grantId, overview.plan().id(), GrantLink.Kind.ACTION_ITEM, key, text, by);
              }
            });
  }

  private void replace(
      long grantId,
      long planId,
      GrantLink.Kind kind,
      Map<String, String> wanted,
      List<GrantLink> before,
      String by) {
    for (GrantLink link : before) {
      if (link.kind() == kind && !wanted.containsKey(link.key())) {
        links.delete(grantId, kind, link.key());
      }
    }
    wanted.forEach(
        (key, text) -> {
          boolean kept = before.stream().anyMatch(l -> l.kind() == kind && l.key().equals(key));
          if (!kept) {
            links.insert(grantId, planId, kind, key, text, by);
          }
        });
  }

  /**
   * The rows named, by key with their text in the plan; the first one not in the plan refuses
   * everything.
   */
  private static Map<String, String> resolve(
      List<String> names, List<String> rows, GrantLink.Kind kind, GrantRequest request) {
    Map<String, String> found = new LinkedHashMap<>();
    for (String name : names) {
      String text = name == null ? "" : name.strip();
      if (text.isEmpty()) {
        continue;
      }
      String row = find(text, rows);
      if (row == null) {
        throw unknown(kind, text, request.planCode());
      }
      found.putIfAbsent(ContentKey.of(row), row);
    }
    return found;
  }

  /** The row named by its number (from 1) or its text; null when there is none. */
  private static String find(String name, List<String> rows) {
    if (name.matches("\\d{1,6}")) {
      int number = Integer.parseInt(name);
      return number >= 1 && number <= rows.size() ? rows.get(number - 1) : null;
    }
    return rows.stream().filter(r -> ContentKey.same(r, name)).findFirst().orElse(null);
  }

  private static GrantLinkRefused unknown(GrantLink.Kind kind, String named, String planCode) {
    String shown = named.length() > 200 ? named.substring(0, 200) + "…" : named;
    boolean goal = kind == GrantLink.Kind.GOAL;
    return new GrantLinkRefused(
        goal ? GrantLinkRefused.Reason.UNKNOWN_GOAL : GrantLinkRefused.Reason.UNKNOWN_ACTION_ITEM,
        shown,
        goal ? "grant.links.unknownGoal" : "grant.links.unknownActionItem",
        planCode,
        shown);
  }

  private PlanVersion requirePlanInForce(GrantRequest request) {
    if (request.planCode() == null) {
      throw new GrantLinkRefused(
          GrantLinkRefused.Reason.NO_PLAN,
          null,
          "grant.links.noPlan",
          String.valueOf(request.id()));
    }
    return planInForce(request)
        .orElseThrow(
            () ->
                new GrantLinkRefused(
                    GrantLinkRefused.Reason.NOT_IN_FORCE,
                    request.planCode(),
                    "grant.links.notInForce",
                    request.planCode()));
  }

  /** The history's detail: the texts linked, goals first, one a line. */
  private static String detail(List<GrantLink> now) {
    String text = now.stream().map(GrantLink::text).collect(Collectors.joining("\n"));
    if (text.isEmpty()) {
      return null;
    }
    return text.length() > 4000 ? text.substring(0, 3999) + "…" : text;
  }

  private GrantRequest request(long grantId) {
    return grants
        .find(grantId)
        .orElseThrow(() -> new GrantNotFound("grant.noSuchRequest", String.valueOf(grantId)));
  }
}
