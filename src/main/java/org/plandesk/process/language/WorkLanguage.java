package org.plandesk.process.language;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.plandesk.grant.GrantNotFound;
import org.plandesk.grant.GrantService;
import org.plandesk.plan.Plan;
import org.plandesk.plan.PlanLanguage;
import org.plandesk.plan.PlanNotFound;
import org.plandesk.plan.PlanService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The language people work in on a task or a start form, for the Camunda Form it shows and the name
 * the Tasklist lists it under:
 *
 * <ul>
 *   <li>a task about a plan version (plan-version and plan-review processes): the plan's language,
 *       the language its staff draft, comment and approve in;
 *   <li>a task about a grant request: the language of the plan the request serves; a request that
 *       serves no plan is worked in its preparer's language;
 *   <li>a start form, which has no process yet: the signed-in user's language (the Camunda user
 *       info {@value #USER_LANGUAGE}, the same as their mails and pages);
 *   <li>otherwise the installation's language, {@code plandesk.language} ({@code
 *       PLANDESK_LANGUAGE}, default {@code en}).
 * </ul>
 *
 * The plan comes from the domain, not from a {@code planLanguage} variable: only a new plan's start
 * form carries one, and a form submission could set it to anything. Reads three variables the
 * process facades declare ({@code PlanVersionVariables}, {@code PlanReviewVariables}, {@code
 * GrantRequestVariables}): {@value #VERSION_ID}, {@value #GRANT_ID} and {@value #INITIATOR}.
 *
 * <p>Never fails: a form or task name in the installation's language is better than a task that
 * cannot be opened; what went wrong is logged.
 */
@Component
public class WorkLanguage {

  static final String VERSION_ID = "versionId";
  static final String GRANT_ID = "grantId";
  static final String INITIATOR = "initiator";

  /**
   * Camunda user info key of a person's language, the one notification's {@code StaffLanguages}
   * sets and mails follow. Read here, not through it: notification builds on the process support,
   * not the reverse.
   */
  static final String USER_LANGUAGE = "language";

  private static final Logger log = LoggerFactory.getLogger(WorkLanguage.class);

  /** A plan's language never changes: remembered per version, since task lists ask per task. */
  private final Map<Long, PlanLanguage> ofVersion =
      Collections.synchronizedMap(
          new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, PlanLanguage> eldest) {
              return size() > 10_000;
            }
          });

  private final PlanService plans;
  private final GrantService grants;
  private final IdentityService identity;
  private final PlanLanguage installation;

  WorkLanguage(
      PlanService plans,
      GrantService grants,
      IdentityService identity,
      @Value("${plandesk.language:en}") String installation) {
    this.plans = plans;
    this.grants = grants;
    this.identity = identity;
    this.installation = PlanLanguage.of(installation);
  }

  /** The language of the process step (a task, an execution) the scope belongs to. */
  public PlanLanguage of(VariableScope scope) {
    if (scope.getVariable(VERSION_ID) instanceof Number versionId) {
      return ofVersion(versionId.longValue()).orElse(installation);
    }
    if (scope.getVariable(GRANT_ID) instanceof Number grantId) {
      return ofGrant(grantId.longValue())
          .or(() -> ofUser(scope.getVariable(INITIATOR)))
          .orElse(installation);
    }
    return installation;
  }

  /** The signed-in user's language: a start form's, where no process exists yet. */
  public PlanLanguage ofSignedInUser() {
    Authentication signedIn = identity.getCurrentAuthentication();
    return ofUser(signedIn == null ? null : signedIn.getUserId()).orElse(installation);
  }

  /** The installation's language, {@code plandesk.language}. */
  public PlanLanguage installation() {
    return installation;
  }

  private Optional<PlanLanguage> ofVersion(long versionId) {
    PlanLanguage known = ofVersion.get(versionId);
    if (known != null) {
      return Optional.of(known);
    }
    try {
      PlanLanguage language = plans.planOf(plans.version(versionId)).language();
      ofVersion.put(versionId, language);
      return Optional.of(language);
    } catch (PlanNotFound e) {
      log.warn("No plan version {}: its task is shown in {}", versionId, installation);
      return Optional.empty();
    }
  }

  private Optional<PlanLanguage> ofGrant(long grantId) {
    try {
      return grants.servedPlan(grants.request(grantId)).map(Plan::language);
    } catch (GrantNotFound e) {
      log.warn("No grant request {}: its task is shown in {}", grantId, installation);
      return Optional.empty();
    }
  }

  private Optional<PlanLanguage> ofUser(Object userId) {
    if (!(userId instanceof String id) || id.isBlank()) {
      return Optional.empty();
    }
    // No authorization check guards user info (GetUserInfoCmd), so any signed-in user reads it.
    String code = identity.getUserInfo(id, USER_LANGUAGE);
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(PlanLanguage.valueOf(code.strip().toLowerCase()));
    } catch (IllegalArgumentException e) {
      log.warn("User {} has the unknown language '{}': it is not used", id, code);
      return Optional.empty();
    }
  }
}
