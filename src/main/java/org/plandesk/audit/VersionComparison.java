package org.plandesk.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.plandesk.plan.PlanContent;

/**
 * What changed between two versions of a plan, section by section: rows added, removed or changed
 * (matched by their name), and texts changed, so a director or auditor sees what a new version
 * alters.
 */
public final class VersionComparison {

  private VersionComparison() {}

  /** One difference: the section, what kind, the row it concerns, the old and the new text. */
  public record Change(String section, Kind kind, String subject, String before, String after) {}

  public enum Kind {
    ADDED,
    REMOVED,
    CHANGED
  }

  public static List<Change> compare(PlanContent from, PlanContent to) {
    List<Change> changes = new ArrayList<>();
    text(changes, "startingPoint", from.startingPoint(), to.startingPoint());
    rows(changes, "strategicGoals", from.strategicGoals(), to.strategicGoals(), g -> g, g -> g);
    rows(
        changes,
        "communicationGoals",
        from.communicationGoals(),
        to.communicationGoals(),
        g -> g,
        g -> g);
    rows(
        changes,
        "targetGroups",
        from.targetGroups(),
        to.targetGroups(),
        PlanContent.TargetGroup::name,
        g -> g.tier() + " | " + g.message() + " | " + g.channels());
    rows(
        changes,
        "actionItems",
        from.actionItems(),
        to.actionItems(),
        PlanContent.ActionItem::content,
        a ->
            a.place()
                + " | "
                + a.expectedResult()
                + " | "
                + a.responsible()
                + " | "
                + a.deadline());
    rows(
        changes,
        "monitoringInstruments",
        from.monitoringInstruments(),
        to.monitoringInstruments(),
        PlanContent.MonitoringInstrument::name,
        m -> m.periodicity() + " | " + m.responsible());
    rows(
        changes,
        "indicators",
        from.indicators(),
        to.indicators(),
        PlanContent.Indicator::name,
        i -> i.unit() + " | " + i.baseline() + " → " + i.target());
    text(changes, "changeSummary", from.changeSummary(), to.changeSummary());
    return changes;
  }

  private static void text(List<Change> changes, String section, String before, String after) {
    if (!Objects.equals(before, after)) {
      Kind kind = before.isBlank() ? Kind.ADDED : after.isBlank() ? Kind.REMOVED : Kind.CHANGED;
      changes.add(new Change(section, kind, "", before, after));
    }
  }

  private static <T> void rows(
      List<Change> changes,
      String section,
      List<T> before,
      List<T> after,
      Function<T, String> key,
      Function<T, String> details) {
    Map<String, T> old = index(before, key);
    Map<String, T> now = index(after, key);
    old.forEach(
        (k, row) -> {
          if (!now.containsKey(k)) {
            changes.add(new Change(section, Kind.REMOVED, k, details.apply(row), ""));
          } else if (!Objects.equals(row, now.get(k))) {
            changes.add(
                new Change(
                    section, Kind.CHANGED, k, details.apply(row), details.apply(now.get(k))));
          }
        });
    now.forEach(
        (k, row) -> {
          if (!old.containsKey(k)) {
            changes.add(new Change(section, Kind.ADDED, k, "", details.apply(row)));
          }
        });
  }

  private static <T> Map<String, T> index(List<T> rows, Function<T, String> key) {
    Map<String, T> map = new LinkedHashMap<>();
    rows.forEach(r -> map.putIfAbsent(key.apply(r), r));
    return map;
  }
}
