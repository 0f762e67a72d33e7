package org.plandesk.grant.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.plandesk.grant.GrantLink;
import org.plandesk.plan.ContentKey;
import org.plandesk.plan.PlanContent;
import org.plandesk.plan.PlanVersion;

/**
 * What a request's page shows of the goals and action items it funds: the links, each with its
 * number in the plan in force (or none when a later version dropped it), and for the coordinator's
 * form every goal and item of the plan in force, ticked when linked (or, after a refused change, as
 * they were sent).
 *
 * @param inForce the version in force of the plan the request serves, or null
 */
record GrantFunds(
    List<Funded> goals,
    List<Funded> actionItems,
    List<Choice> goalChoices,
    List<Choice> itemChoices,
    PlanVersion inForce) {

  /** A goal or item funded; number null when the plan in force no longer has it. */
  record Funded(Integer number, String text) {}

  /** A goal or item of the plan in force the coordinator may tick. */
  record Choice(int number, String text, boolean checked) {}

  /** The request's links as stored. */
  static GrantFunds of(List<GrantLink> links, PlanVersion inForce) {
    return of(links, inForce, null, null);
  }

  /**
   * The links as stored, and the form as sent when sentGoals and sentItems are not null (a refused
   * change shows what was ticked).
   */
  static GrantFunds of(
      List<GrantLink> links, PlanVersion inForce, List<String> sentGoals, List<String> sentItems) {
    List<String> goalRows = inForce == null ? List.of() : inForce.content().strategicGoals();
    List<String> itemRows =
        inForce == null
            ? List.of()
            : inForce.content().actionItems().stream()
                .map(PlanContent.ActionItem::content)
                .toList();
    return new GrantFunds(
        funded(links, GrantLink.Kind.GOAL, goalRows),
        funded(links, GrantLink.Kind.ACTION_ITEM, itemRows),
        choices(goalRows, checked(links, GrantLink.Kind.GOAL, sentGoals)),
        choices(itemRows, checked(links, GrantLink.Kind.ACTION_ITEM, sentItems)),
        inForce);
  }

  /** Whether the request funds nothing yet. */
  public boolean isEmpty() {
    return goals.isEmpty() && actionItems.isEmpty();
  }

  private static List<Funded> funded(
      List<GrantLink> links, GrantLink.Kind kind, List<String> rows) {
    List<Funded> funded = new ArrayList<>();
    for (GrantLink link : links) {
      if (link.kind() == kind) {
        Integer number = null;
        for (int i = 0; i < rows.size(); i++) {
          if (ContentKey.of(rows.get(i)).equals(link.key())) {
            number = i + 1;
            break;
          }
        }
        funded.add(new Funded(number, link.text()));
      }
    }
    return funded;
  }

  private static Predicate<String> checked(
      List<GrantLink> links, GrantLink.Kind kind, List<String> sent) {
    if (sent != null) {
      return row -> sent.stream().anyMatch(s -> ContentKey.same(s, row));
    }
    return row ->
        links.stream().anyMatch(l -> l.kind() == kind && l.key().equals(ContentKey.of(row)));
  }

  private static List<Choice> choices(List<String> rows, Predicate<String> checked) {
    List<Choice> choices = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      choices.add(new Choice(i + 1, rows.get(i), checked.test(rows.get(i))));
    }
    return choices;
  }
}
