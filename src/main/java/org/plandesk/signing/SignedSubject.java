package org.plandesk.signing;

/**
 * What is signed: a plan version, a grant request or an implementation report, by its id.
 *
 * @param kind {@link #PLAN_VERSION}, {@link #GRANT_REQUEST} or {@link #IMPLEMENTATION_REPORT} (the
 *     same names as the document archive's subjects)
 */
public record SignedSubject(String kind, long id) {

  public static final String PLAN_VERSION = "PLAN_VERSION";
  public static final String GRANT_REQUEST = "GRANT_REQUEST";
  public static final String IMPLEMENTATION_REPORT = "IMPLEMENTATION_REPORT";
}
