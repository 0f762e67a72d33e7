package org.plandesk.review.web;

import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.plandesk.plan.PlanNotFound;
import org.plandesk.plan.PlanRuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Clear 4xx answers of the review and grant API: {"error": "..."}; nothing was changed. */
@RestControllerAdvice(basePackages = {"org.plandesk.review", "org.plandesk.grant"})
class ReviewApiErrors {

  @ExceptionHandler({PlanRuleViolation.class, FormFieldValidationException.class})
  ResponseEntity<Map<String, String>> badRequest(RuntimeException e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", e.getMessage()));
  }

  /** A body that is not JSON, or JSON of another shape (a list, a number where a text belongs). */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST)
        .body(Map.of("error", "The body must be a JSON object such as {\"interval\": \"P6M\"}"));
  }

  @ExceptionHandler(PlanNotFound.class)
  ResponseEntity<Map<String, String>> notFound(PlanNotFound e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", e.getMessage()));
  }
}
