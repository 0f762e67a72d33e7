package org.plandesk.plan;

/**
 * A coordinator's request to open a version: of a new plan (code, title, type, language) or a new
 * version of an existing plan (its code only).
 */
public record VersionRequest(
    Kind kind, String planCode, String title, PlanType type, PlanLanguage language) {

  public enum Kind {
    NEW_PLAN,
    NEW_VERSION
  }
}
