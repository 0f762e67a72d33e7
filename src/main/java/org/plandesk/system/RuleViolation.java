package org.plandesk.system;

/**
 * A broken rule or a value that is not valid (a date that is not a date, an unknown choice): 400
 * with what to fix. Features throw it or their own subclass (e.g. {@code PlanRuleViolation}).
 */
public class RuleViolation extends DomainException {

  /**
   * @param key the sentence in {@code i18n/messages*.properties}
   * @param args its arguments: values, dates, or {@link Text}s (a field's label) said in the
   *     reader's language too
   */
  public RuleViolation(String key, Object... args) {
    super(Kind.RULE_VIOLATION, Text.of(key, args));
  }

  public RuleViolation(Text text) {
    super(Kind.RULE_VIOLATION, text);
  }
}
