package org.plandesk.notification;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanVersion;
import org.springframework.stereotype.Component;

/**
 * Finds the plan version a process step is about. Mail reads two variables of the plan-version
 * process ({@code org.plandesk.plan.process.PlanVersionVariables} declares them): {@value
 * #VERSION_ID} and {@value #DEPARTMENT}; processes without them get mails without plan details.
 */
@Component
class PlanLookup {

  static final String VERSION_ID = "versionId";
  static final String DEPARTMENT = "department";

  private final PlanService plans;

  PlanLookup(PlanService plans) {
    this.plans = plans;
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
  static Optional<Long> versionId(VariableScope scope) {
    return scope.getVariable(VERSION_ID) instanceof Long id ? Optional.of(id) : Optional.empty();
  }

  /** The department of a departmental-input instance, or null outside one. */
  static String department(VariableScope scope) {
    return scope.getVariable(DEPARTMENT) instanceof String department ? department : null;
  }
}
