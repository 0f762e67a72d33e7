package org.plandesk.review.process;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.plandesk.plan.PlanNotFound;
import org.plandesk.plan.PlanRuleViolation;

/**
 * Turns a broken review or grant rule into the engine's form validation error: the form stays open,
 * the transaction rolls back, and the REST API answers 400 with the message.
 */
public final class ReviewGuard {

  private ReviewGuard() {}

  public static void enforce(Runnable action) {
    enforce(
        () -> {
          action.run();
          return null;
        });
  }

  public static <T> T enforce(Supplier<T> action) {
    try {
      return action.get();
    } catch (PlanRuleViolation | PlanNotFound e) {
      throw new FormFieldValidationException("plandesk", e.getMessage());
    }
  }
}
