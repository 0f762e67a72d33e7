package org.plandesk.system;

/**
 * A broken rule or a value that is not valid (a date that is not a date, an unknown choice): 400
 * with what to fix. Features throw it or their own subclass (e.g. {@code PlanRuleViolation}).
 */
public class RuleViolation extends DomainException {

  public RuleViolation(String message) {
    super(Kind.RULE_VIOLATION, message);
  }
}
