package org.plandesk.plan;

import org.plandesk.system.RuleViolation;
import org.plandesk.system.Text;

/**
 * A request that breaks a rule of the plan domain (a missing field, an illegal status change, a
 * second version in drafting). Nothing was changed; the message tells the user what to fix.
 */
public class PlanRuleViolation extends RuleViolation {

  /** The sentence {@code key} of {@code i18n/messages*.properties} with its arguments. */
  public PlanRuleViolation(String key, Object... args) {
    super(key, args);
  }

  public PlanRuleViolation(Text text) {
    super(text);
  }
}
