package org.plandesk.tasklist;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.plandesk.grant.GrantNotFound;
import org.plandesk.grant.GrantRequest;
import org.plandesk.grant.GrantService;
import org.plandesk.grant.process.GrantRequestPort;
import org.plandesk.plan.Plan;
import org.plandesk.plan.PlanLanguage;
import org.plandesk.plan.PlanNotFound;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.process.PlanVersionPort;
import org.plandesk.process.StepLanguage;
import org.plandesk.review.process.PlanReviewPort;
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
 *       serves no plan is worked in the language of the person who prepared it;
 *   <li>a start form, which has no process yet: the signed-in user's language (the Camunda user
 *       info {@value #USER_LANGUAGE}, the same as their mails and pages);
 *   <li>otherwise the installation's language, {@code plandesk.language} ({@code
 *       PLANDESK_LANGUAGE}, default {@code en}).
 * </ul>
 *
 * Which version or request a step is about, each process's port says; the plan's language comes
 * from the plan, not from a {@code planLanguage} variable: only a new plan's start form carries
 * one, and a form submission could set it to anything.
 *
 * <p>It is also the {@link StepLanguage} of the processes, so the texts they put into variables for
 * a form (summaries, options) are in the language of that form.
 *
 * <p>Never fails: a form or task name in the installation's language is better than a task that
 * cannot be opened; what went wrong is logged.
 */
@Component
public class WorkLanguage implements StepLanguage {

  /**
   * Camunda user info key of a person's language, the one notification's {@code StaffLanguages}
   * sets and mails follow. Read here, not through it: the Tasklist's language is no mail's concern.
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
  private final PlanVersionPort planVersion;
  private final PlanReviewPort planReview;
  private final GrantRequestPort grantRequest;
  private final PlanLanguage installation;

  WorkLanguage(
      PlanService plans,
      GrantService grants,
      IdentityService identity,
      PlanVersionPort planVersion,
      PlanReviewPort planReview,
      GrantRequestPort grantRequest,
      @Value("${plandesk.language:en}") String installation) {
    this.plans = plans;
    this.grants = grants;
    this.identity = identity;
    this.planVersion = planVersion;
    this.planReview = planReview;
    this.grantRequest = grantRequest;
    this.installation = PlanLanguage.of(installation);
  }

  /** The language of the process step (a task, an execution) the scope belongs to. */
  public PlanLanguage of(VariableScope scope) {
    Optional<Long> versionId = planVersion.versionId(scope).or(() -> planReview.versionId(scope));
    if (versionId.isPresent()) {
      return ofVersion(versionId.get()).orElse(installation);
    }
    return grantRequest.grantId(scope).flatMap(this::ofGrant).orElse(installation);
  }

  /** {@link #of(VariableScope)} as a locale, for the texts a process writes for its forms. */
  @Override
  public Locale localeOf(VariableScope step) {
    return Locale.forLanguageTag(of(step).name());
  }

  /** The signed-in user's language: a start form's, where no process exists yet. */
  public PlanLanguage ofSignedInUser() {
    Authentication signedIn = identity.getCurrentAuthentication();
    return ofUser(signedIn == null ? null : signedIn.getUserId()).orElse(installation);
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

  /** The language of the plan the request serves, else of the person who prepared it. */
  private Optional<PlanLanguage> ofGrant(long grantId) {
    try {
      GrantRequest request = grants.request(grantId);
      return grants.servedPlan(request).map(Plan::language).or(() -> ofUser(request.preparedBy()));
    } catch (GrantNotFound e) {
      log.warn("No grant request {}: its task is shown in {}", grantId, installation);
      return Optional.empty();
    }
  }

  private Optional<PlanLanguage> ofUser(String userId) {
    if (userId == null || userId.isBlank()) {
      return Optional.empty();
    }
    // No authorization check guards user info (GetUserInfoCmd), so any signed-in user reads it.
    String code = identity.getUserInfo(userId, USER_LANGUAGE);
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(PlanLanguage.valueOf(code.strip().toLowerCase()));
    } catch (IllegalArgumentException e) {
      log.warn("User {} has the unknown language '{}': it is not used", userId, code);
      return Optional.empty();
    }
  }
}
