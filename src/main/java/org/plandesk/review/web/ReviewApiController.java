package org.plandesk.review.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.plandesk.review.ReviewOverview;
import org.plandesk.review.ReviewService;
import org.plandesk.review.process.PlanReviewPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reviews and monitoring through the JSON API: {@code GET /api/reviews/plans/{code}} (reviews,
 * monitoring results, indicators target against actual, the next due date) and {@code PUT
 * /api/reviews/plans/{code}/interval {"interval": "P6M"}} (coordinator; null restores the table's).
 */
@RestController
@RequestMapping("/api/reviews")
class ReviewApiController {

  private final ReviewService reviews;
  private final PlanReviewPort reviewProcesses;

  ReviewApiController(ReviewService reviews, PlanReviewPort reviewProcesses) {
    this.reviews = reviews;
    this.reviewProcesses = reviewProcesses;
  }

  @GetMapping("/plans/{code}")
  Map<String, Object> plan(@PathVariable String code) {
    ReviewOverview overview = reviews.overview(code);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("review", overview);
    body.put(
        "nextReviewDue",
        overview.versionInForceId() == null ? null : nextDue(overview.versionInForceId()));
    return body;
  }

  @PutMapping("/plans/{code}/interval")
  Map<String, Object> interval(
      @PathVariable String code, @RequestBody Map<String, String> body, Principal user) {
    reviews.overrideInterval(code, body.get("interval"), user.getName());
    return plan(code);
  }

  /**
   * A body that is not JSON, or JSON of another shape (a list, a number where a text belongs): 400
   * with the shape the interval takes. Other refusals are answered by the API's error advice.
   */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST)
        .body(Map.of("error", "The body must be a JSON object such as {\"interval\": \"P6M\"}"));
  }

  private Object nextDue(long versionId) {
    return reviewProcesses.nextDue(versionId).orElse(null);
  }
}
