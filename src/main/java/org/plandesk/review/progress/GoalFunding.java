package org.plandesk.review.progress;

import java.util.ArrayList;
import java.util.List;
import org.plandesk.grant.GrantLink;
import org.plandesk.grant.GrantRequest;
import org.plandesk.grant.PlanFunding;
import org.plandesk.plan.ContentKey;
import org.plandesk.plan.PlanContent;
import org.plandesk.plan.PlanVersion;

/**
 * Traceability goal ↔ action item ↔ grant on the progress page: each strategic goal of the version
 * in force with the grant and fundraising requests that fund it, and under each request the action
 * items of the plan it funds (the request ties the goal to those items). Requests that fund action
 * items but no goal of the plan in force are listed apart, so no funding goes unseen.
 *
 * @param goals every strategic goal of the version in force, in the plan's order
 * @param withoutGoal requests funding action items of the plan but none of its goals
 */
record GoalFunding(List<Goal> goals, List<Funder> withoutGoal) {

  /** A strategic goal with the requests that fund it (none: the goal has no funding). */
  record Goal(int number, String text, List<Funder> funders) {

    public boolean funded() {
      return !funders.isEmpty();
    }
  }

  /** A request with the action items of the plan in force it funds (number and text). */
  record Funder(GrantRequest request, List<Item> actionItems) {}

  /** An action item by its number in the plan in force. */
  record Item(int number, String text) {}

  static GoalFunding of(PlanVersion inForce, List<PlanFunding> funding) {
    if (inForce == null) {
      return new GoalFunding(List.of(), List.of());
    }
    List<String> goalTexts = inForce.content().strategicGoals();
    List<Goal> goals = new ArrayList<>();
    for (int i = 0; i < goalTexts.size(); i++) {
      String key = ContentKey.of(goalTexts.get(i));
      List<Funder> funders =
          funding.stream()
              .filter(f -> f.funds(GrantLink.Kind.GOAL, key))
              .map(f -> funder(f, inForce))
              .toList();
      goals.add(new Goal(i + 1, goalTexts.get(i), funders));
    }
    List<Funder> withoutGoal =
        funding.stream()
            .filter(
                f ->
                    goalTexts.stream()
                        .noneMatch(g -> f.funds(GrantLink.Kind.GOAL, ContentKey.of(g))))
            .map(f -> funder(f, inForce))
            .filter(f -> !f.actionItems().isEmpty())
            .toList();
    return new GoalFunding(goals, withoutGoal);
  }

  private static Funder funder(PlanFunding funding, PlanVersion inForce) {
    List<PlanContent.ActionItem> items = inForce.content().actionItems();
    List<Item> funded = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (funding.funds(GrantLink.Kind.ACTION_ITEM, ContentKey.of(items.get(i).content()))) {
        funded.add(new Item(i + 1, items.get(i).content()));
      }
    }
    return new Funder(funding.request(), funded);
  }

  /** Whether any request funds the plan at all. */
  public boolean anyFunding() {
    return !withoutGoal.isEmpty() || goals.stream().anyMatch(Goal::funded);
  }
}
