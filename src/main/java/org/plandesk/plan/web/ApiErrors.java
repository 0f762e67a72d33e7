package org.plandesk.plan.web;

import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.plandesk.document.DocumentSubjects;
import org.plandesk.plan.PlanNotFound;
import org.plandesk.plan.PlanRuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Clear 4xx answers of PlanDesk's JSON API: {"error": "..."}; nothing was changed. Also those of
 * the document module's download controller (the documents of versions and grants; selected by its
 * package, whose API {@link DocumentSubjects} is).
 */
@RestControllerAdvice(
    assignableTypes = PlanApiController.class,
    basePackageClasses = DocumentSubjects.class)
class ApiErrors {

  @ExceptionHandler({PlanRuleViolation.class, FormFieldValidationException.class})
  ResponseEntity<Map<String, String>> badRequest(RuntimeException e) {
    return error(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(PlanNotFound.class)
  ResponseEntity<Map<String, String>> notFound(PlanNotFound e) {
    return error(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(MismatchingMessageCorrelationException.class)
  ResponseEntity<Map<String, String>> conflict(MismatchingMessageCorrelationException e) {
    return error(HttpStatus.CONFLICT, "The version's process no longer accepts a withdrawal");
  }

  @ExceptionHandler(OptimisticLockingException.class)
  ResponseEntity<Map<String, String>> concurrentChange(OptimisticLockingException e) {
    return error(
        HttpStatus.CONFLICT,
        "Someone else changed this version at the same moment, so nothing was saved: reload and try again");
  }

  private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
    return ResponseEntity.status(status).body(Map.of("error", message));
  }
}
