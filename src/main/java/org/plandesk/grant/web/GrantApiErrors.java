package org.plandesk.grant.web;

import java.util.Map;
import org.plandesk.document.DocumentSubjects;
import org.plandesk.grant.GrantNotFound;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * 404 of the grant API, grant documents included (the document module's download controller,
 * selected by its package): {"error": "..."}. Rule violations (400) are answered by the shared
 * review and grant advice (those of the download controller by the plan API's, with the same body).
 */
@RestControllerAdvice(
    basePackages = "org.plandesk.grant",
    basePackageClasses = DocumentSubjects.class)
class GrantApiErrors {

  @ExceptionHandler(GrantNotFound.class)
  ResponseEntity<Map<String, String>> notFound(GrantNotFound e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", e.getMessage()));
  }
}
