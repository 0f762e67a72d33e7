package org.plandesk.document;

/** The name a document prints for a PlanDesk user ("first last"), from wherever staff are kept. */
@FunctionalInterface
public interface StaffNames {

  /** The user's name; the user id itself when the user is unknown. */
  String nameOf(String userId);
}
