package org.plandesk.process;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.plandesk.system.DomainException;

/**
 * Turns the domain's refusals (a broken rule, a plan, version or grant request that is not there; a
 * conflict passes through as itself) into the engine's form validation error: the task or start
 * form stays open, the transaction rolls back (nothing is stored, no instance is started), and the
 * REST API answers 400 with the message instead of 500. Every other exception is a technical
 * failure: a job retries it and then becomes an incident.
 */
public final class RuleGuard {

  private RuleGuard() {}

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
    } catch (DomainException e) {
      if (e.kind() == DomainException.Kind.CONFLICT) {
        throw e;
      }
      // The refusal rides along as the detail: the surface that answers says it in the reader's
      // language (system/Failures finds it); the message is its English default.
      throw new FormFieldValidationException(e, e.getMessage());
    }
  }
}
