package org.plandesk.plan;

import org.plandesk.system.RuleViolation;

/**
 * A request that breaks a rule of the plan domain (a missing field, an illegal status change, a
 * second version in drafting). Nothing was changed; the message tells the user what to fix.
 */
public class PlanRuleViolation extends RuleViolation {

  public PlanRuleViolation(String message) {
    super(message);
  }
}
