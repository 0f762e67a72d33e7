package org.plandesk.plan.process;

import org.plandesk.plan.PlanContent;

/** A one-line summary of a draft's content for the Tasklist forms. */
final class ContentSummary {

  private ContentSummary() {}

  static String of(PlanContent c) {
    return String.format(
        "So far: %d strategic goals, %d communication goals, %d target groups, %d action items,"
            + " %d monitoring instruments, %d indicators.",
        c.strategicGoals().size(),
        c.communicationGoals().size(),
        c.targetGroups().size(),
        c.actionItems().size(),
        c.monitoringInstruments().size(),
        c.indicators().size());
  }
}
