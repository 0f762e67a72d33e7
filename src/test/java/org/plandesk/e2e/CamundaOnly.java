package org.plandesk.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The axe-core findings in Camunda's Tasklist that PlanDesk's supported customisation (config.js,
 * custom scripts, user styles) cannot fix, each with the elements it concerns and why. The Tasklist
 * tests leave out exactly these (rule and element), print the list with every run, and the
 * accessibility statement names them. Anything else fails the test.
 */
final class CamundaOnly {

  /** A rule broken by Camunda's own markup, at elements whose axe target contains the text. */
  record Exclusion(String rule, String element, String why) {

    boolean covers(String rule, String target) {
      return this.rule.equals(rule) && target.contains(element);
    }

    @Override
    public String toString() {
      return rule + " at " + element + ": " + why;
    }
  }

  static final List<Exclusion> EXCLUSIONS = List.of();

  private CamundaOnly() {}

  /** The violations with the excluded elements left out (a rule with none left is dropped). */
  static List<Axe.Violation> without(List<Axe.Violation> violations) {
    List<Axe.Violation> left = new ArrayList<>();
    for (Axe.Violation v : violations) {
      List<String> targets =
          v.targets().stream()
              .filter(t -> EXCLUSIONS.stream().noneMatch(e -> e.covers(v.id(), t)))
              .toList();
      if (!targets.isEmpty()) {
        left.add(new Axe.Violation(v.id(), v.impact(), v.help(), targets));
      }
    }
    return left;
  }

  static String describe() {
    return EXCLUSIONS.stream().map(Exclusion::toString).collect(Collectors.joining("\n  "));
  }
}
