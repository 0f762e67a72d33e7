package org.plandesk.plan;

/** The plan or version asked for does not exist. */
public class PlanNotFound extends RuntimeException {

  public PlanNotFound(String message) {
    super(message);
  }
}
