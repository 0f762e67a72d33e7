package org.plandesk.notification;

import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.plandesk.plan.PlanLanguage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The language a member of staff chose (en, hu, lt, sv, ru, uk), kept as the Camunda user info
 * {@value #KEY}, set by an administrator ({@code PUT /api/admin/users/{id}/mail-language}) or by
 * the user (the language switch of PlanDesk's pages, their profile page). Their mails are written
 * in it, and PlanDesk's pages are shown in it. Read without the signed-in user's authorizations
 * ({@link SystemAccess}): a user may not read their own user info.
 */
@Component
public class StaffLanguages {

  /** Camunda user info key holding the language. */
  static final String KEY = "language";

  private static final Logger log = LoggerFactory.getLogger(StaffLanguages.class);

  private final IdentityService identity;
  private final SystemAccess system;

  StaffLanguages(IdentityService identity, SystemAccess system) {
    this.identity = identity;
    this.system = system;
  }

  /** The user's language, if they chose a known one. */
  public Optional<PlanLanguage> of(String userId) {
    if (userId == null) {
      return Optional.empty();
    }
    String code = system.run(() -> identity.getUserInfo(userId, KEY));
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

  /** Sets the user's language (an administrator through the API, or the user on their pages). */
  public void set(String userId, PlanLanguage language) {
    system.run(
        () -> {
          identity.setUserInfo(userId, KEY, language.name());
          return null;
        });
  }
}
