package org.plandesk.plan;

/** The kinds of controlled plan a library keeps (seeds 000 and 004). */
public enum PlanType {
  COMMUNICATION_PLAN,
  ANNUAL_ACTION_PLAN,
  DEVELOPMENT_PROGRAMME
}
