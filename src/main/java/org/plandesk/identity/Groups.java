package org.plandesk.identity;

/** The groups of PlanDesk's roles (departments come from configuration). */
public final class Groups {

  public static final String COORDINATOR = "coordinator";
  public static final String DIRECTOR = "director";
  public static final String AUDITOR = "auditor";

  /** Camunda's administrators group: manages users, groups and authorizations. */
  public static final String ADMIN = "camunda-admin";

  private Groups() {}
}
