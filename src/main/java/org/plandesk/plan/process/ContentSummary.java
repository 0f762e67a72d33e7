package org.plandesk.plan.process;

import org.plandesk.plan.PlanContent;
import org.plandesk.process.Words;

/**
 * A one-line summary of a draft's content for the Tasklist forms ({@code contentSummary}), in the
 * plan's language: "Eddig: 3 stratégiai célkitűzés, ...".
 */
final class ContentSummary {

  private ContentSummary() {}

  static String of(PlanContent c, Words words) {
    return words.text(
        "tasklist.contentSummary",
        c.strategicGoals().size(),
        c.communicationGoals().size(),
        c.targetGroups().size(),
        c.actionItems().size(),
        c.monitoringInstruments().size(),
        c.indicators().size());
  }
}
