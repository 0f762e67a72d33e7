package org.plandesk.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The content of one plan version, section by section as in seeds 000 and 004. Lists are never
 * null; an empty list is a section with no content.
 */
public record PlanContent(
    String startingPoint,
    List<String> strategicGoals,
    List<String> communicationGoals,
    List<TargetGroup> targetGroups,
    List<ActionItem> actionItems,
    List<MonitoringInstrument> monitoringInstruments,
    List<Indicator> indicators,
    String changeSummary) {

  public PlanContent {
    startingPoint = startingPoint == null ? "" : startingPoint;
    strategicGoals = strategicGoals == null ? List.of() : List.copyOf(strategicGoals);
    communicationGoals = communicationGoals == null ? List.of() : List.copyOf(communicationGoals);
    targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
    actionItems = actionItems == null ? List.of() : List.copyOf(actionItems);
    monitoringInstruments =
        monitoringInstruments == null ? List.of() : List.copyOf(monitoringInstruments);
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
    changeSummary = changeSummary == null ? "" : changeSummary;
  }

  public static PlanContent empty() {
    return new PlanContent(null, null, null, null, null, null, null, null);
  }

  /** The same content with another change summary (a new version starts from the one in force). */
  public PlanContent withChangeSummary(String summary) {
    return new PlanContent(
        startingPoint,
        strategicGoals,
        communicationGoals,
        targetGroups,
        actionItems,
        monitoringInstruments,
        indicators,
        summary);
  }

  /** Primary or secondary target group (seed 000, section 3). */
  public enum Tier {
    PRIMARY,
    SECONDARY
  }

  /** One row of the target group × message × channels matrix (seed 000, section 4). */
  public record TargetGroup(Tier tier, String name, String message, String channels) {}

  /** One action item of a programme (seed 004): content of work, place, expected result. */
  public record ActionItem(
      String content,
      String place,
      String expectedResult,
      String responsible,
      LocalDate deadline) {}

  /**
   * How often a monitoring instrument is used (seed 004: survey yearly, express poll quarterly).
   */
  public enum Periodicity {
    MONTHLY,
    QUARTERLY,
    HALF_YEARLY,
    YEARLY
  }

  /** A monitoring instrument with its periodicity and the group responsible for it. */
  public record MonitoringInstrument(String name, Periodicity periodicity, String responsible) {}

  /** A strategic indicator with its baseline and target (seed 004). */
  public record Indicator(String name, String unit, BigDecimal baseline, BigDecimal target) {}
}
