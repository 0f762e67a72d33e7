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
    String counts =
        String.join(
            ", ",
            words.text("tasklist.count.strategicGoals", c.strategicGoals().size()),
            words.text("tasklist.count.communicationGoals", c.communicationGoals().size()),
            words.text("tasklist.count.targetGroups", c.targetGroups().size()),
            words.text("tasklist.count.actionItems", c.actionItems().size()),
            words.text("tasklist.count.monitoringInstruments", c.monitoringInstruments().size()),
            words.text("tasklist.count.indicators", c.indicators().size()));
    return words.text("tasklist.contentSummary", counts);
  }
}
