package org.plandesk.notification;

import org.plandesk.plan.Plan;
import org.plandesk.plan.PlanLanguage;
import org.plandesk.plan.PlanVersion;

/** The plan version a mail is about, with its plan. */
record PlanRef(Plan plan, PlanVersion version) {

  long versionId() {
    return version.id();
  }

  PlanLanguage language() {
    return plan.language();
  }

  /** "Title (CODE)", as staff recognise a plan. */
  String label() {
    return plan.title() + " (" + plan.code() + ")";
  }
}
