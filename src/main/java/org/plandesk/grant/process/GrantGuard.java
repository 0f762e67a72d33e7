package org.plandesk.grant.process;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.plandesk.plan.PlanRuleViolation;

/**
 * Turns a broken grant rule into the engine's form validation error: the form stays open, the
 * transaction rolls back (nothing is stored, no instance is started), and the REST API answers 400
 * with the message instead of 500.
 */
final class GrantGuard {

  private GrantGuard() {}

  static void enforce(Runnable action) {
    try {
      action.run();
    } catch (PlanRuleViolation e) {
      throw new FormFieldValidationException("plandesk", e.getMessage());
    }
  }
}
