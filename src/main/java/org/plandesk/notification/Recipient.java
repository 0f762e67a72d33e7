package org.plandesk.notification;

import java.util.Optional;
import org.plandesk.plan.PlanLanguage;

/**
 * A person a mail goes to: the user id, a checked e-mail address, the display name and the language
 * the person chose for mail (the Camunda user info {@value Recipients#LANGUAGE_KEY}), if any.
 */
record Recipient(String userId, String address, String name, Optional<PlanLanguage> language) {

  /** The person's language, else the given one (the plan's). */
  PlanLanguage languageOr(PlanLanguage fallback) {
    return language.orElse(fallback);
  }
}
