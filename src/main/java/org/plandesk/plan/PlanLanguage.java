package org.plandesk.plan;

import java.util.Arrays;

/** The languages a plan can be written in; its generated document uses labels in the same. */
public enum PlanLanguage {
  en,
  hu,
  lt,
  sv,
  ru,
  uk;

  /** Parses a language code, failing with a message that lists the valid codes. */
  public static PlanLanguage of(String code) {
    return Arrays.stream(values())
        .filter(l -> l.name().equals(code))
        .findFirst()
        .orElseThrow(() -> new PlanRuleViolation("plan.unknownLanguage", String.valueOf(code)));
  }
}
