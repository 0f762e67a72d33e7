package org.plandesk.plan.process;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.plandesk.plan.PlanRuleViolation;

/**
 * Turns a broken plan rule into the engine's form validation error: the task or start form stays
 * open, the transaction rolls back (nothing changes), and the REST API answers 400 with the message
 * instead of 500.
 */
final class RuleGuard {

  private RuleGuard() {}

  static void enforce(Runnable action) {
    enforce(
        () -> {
          action.run();
          return null;
        });
  }

  static <T> T enforce(Supplier<T> action) {
    try {
      return action.get();
    } catch (PlanRuleViolation e) {
      throw new FormFieldValidationException("plandesk", e.getMessage());
    }
  }
}
