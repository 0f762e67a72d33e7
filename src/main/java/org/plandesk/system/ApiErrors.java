package org.plandesk.system;

import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The refusals of PlanDesk's JSON API ({@code /api}, every {@code @RestController}), for every
 * feature: {@code {"error": "..."}} with the status of the refusal's {@link DomainException.Kind}
 * (400, 404, 409), said in the reader's language (the page language of the request, {@code
 * web/StaffLocaleResolver}), or 400 for a value the engine's form validation refused; nothing was
 * changed.
 *
 * <p>Everything else (Spring's own 4xx, the engine's conflicts, anything unexpected) goes on to
 * {@link WebErrors}, which answers by {@link Failures}; so does a refusal asked for as a page (a
 * browser that accepts only HTML gets the error page with the same status and message). A feature
 * translates the engine's failures that mean something in its own words (a withdrawal the process
 * no longer accepts) into its {@link DomainException}s where it calls the engine.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrors {

  @ExceptionHandler(DomainException.class)
  ResponseEntity<Map<String, String>> refused(DomainException refusal) {
    return error(refusal.kind().status(), refusal.messageIn(LocaleContextHolder.getLocale()));
  }

  @ExceptionHandler(FormFieldValidationException.class)
  ResponseEntity<Map<String, String>> invalid(FormFieldValidationException refusal) {
    // A refusal of the domain inside it (a rule a listener enforced) says its own sentence.
    Failures.Answer known = Failures.known(refusal, LocaleContextHolder.getLocale());
    return error(400, known != null ? known.message() : refusal.getMessage());
  }

  private static ResponseEntity<Map<String, String>> error(int status, String message) {
    return ResponseEntity.status(status).body(Map.of("error", message));
  }
}
