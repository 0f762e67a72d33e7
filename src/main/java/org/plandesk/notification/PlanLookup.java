package org.plandesk.notification;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanVersion;
import org.plandesk.plan.process.PlanVersionPort;
import org.plandesk.review.process.PlanReviewPort;
import org.springframework.stereotype.Component;

/**
 * Finds the plan version a process step is about: a step of a version's lifecycle or of the review
 * of a version in force (their processes' ports say which); steps of other processes get mails
 * without plan details.
 */
@Component
class PlanLookup {

  private final PlanService plans;
  private final PlanVersionPort planVersions;
  private final PlanReviewPort reviews;

  PlanLookup(PlanService plans, PlanVersionPort planVersions, PlanReviewPort reviews) {
    this.plans = plans;
    this.planVersions = planVersions;
    this.reviews = reviews;
  }

  PlanRef version(long versionId) {
    PlanVersion version = plans.version(versionId);
    return new PlanRef(plans.planOf(version), version);
  }

  /** The version of the process the scope belongs to, if it is about one. */
  Optional<PlanRef> of(VariableScope scope) {
    return versionId(scope).map(this::version);
  }

  /** The id of that version, without reading it. */
  Optional<Long> versionId(VariableScope scope) {
    return planVersions.versionId(scope).or(() -> reviews.versionId(scope));
  }

  /** The department of a departmental-input step, or null outside one. */
  String department(VariableScope scope) {
    return planVersions.department(scope).orElse(null);
  }
}
