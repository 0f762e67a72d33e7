package org.plandesk.review.process;

import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.plandesk.plan.PlanNotFound;
import org.plandesk.plan.PlanRuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Clear 4xx answers of the review and grant API: {"error": "..."}; nothing was changed. */
@RestControllerAdvice(basePackages = {"org.plandesk.review", "org.plandesk.grant"})
class ReviewApiErrors {

  @ExceptionHandler({PlanRuleViolation.class, FormFieldValidationException.class})
  ResponseEntity<Map<String, String>> badRequest(RuntimeException e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", e.getMessage()));
  }

  @ExceptionHandler(PlanNotFound.class)
  ResponseEntity<Map<String, String>> notFound(PlanNotFound e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", e.getMessage()));
  }
}
