package org.plandesk.audit;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.plandesk.plan.PlanContent;

/**
 * What changed between two versions of a plan, section by section: rows added, removed or changed,
 * and texts changed, each with its word-level {@link Redline}, so a director or auditor sees what a
 * new version alters. Rows are matched by their name (a goal by its text) with java-diff-utils: a
 * row whose name stayed is changed when anything else in it changed, and rows renamed in the same
 * place pair up as changed, so a goal with a few words altered reads as that goal changed, not as
 * one goal removed and another added.
 */
public final class VersionComparison {

  /** The sections of a plan in the order a plan's document prints them. */
  public static final List<String> SECTIONS =
      List.of(
          "startingPoint",
          "strategicGoals",
          "communicationGoals",
          "targetGroups",
          "actionItems",
          "monitoringInstruments",
          "indicators",
          "changeSummary");

  private VersionComparison() {}

  /**
   * One difference: the section, what kind, the row it concerns (its name, empty for a text), and
   * the whole row or text before and after, as {@link Texts} reads it.
   */
  public record Change(String section, Kind kind, String subject, String before, String after) {

    /** The word-level changes from before to after. */
    public List<Redline.Segment> redline() {
      return Redline.of(before, after);
    }
  }

  public enum Kind {
    ADDED,
    REMOVED,
    CHANGED
  }

  /**
   * One section of the comparison: its changes, or, when it has none, the texts it holds in the
   * newer version (shown collapsed).
   */
  public record Section(String name, List<Change> changes, List<String> unchanged) {

    public boolean isChanged() {
      return !changes.isEmpty();
    }
  }

  /**
   * How a row reads as text, in the reader's words: its name on the first line, then its fields.
   */
  public interface Texts {
    String targetGroup(PlanContent.TargetGroup group);

    String actionItem(PlanContent.ActionItem item);

    String instrument(PlanContent.MonitoringInstrument instrument);

    String indicator(PlanContent.Indicator indicator);
  }

  /** Rows read with their raw values (codes, ISO dates), for callers that show no words. */
  public static final Texts RAW =
      new Texts() {
        @Override
        public String targetGroup(PlanContent.TargetGroup g) {
          return g.name() + "\n" + g.tier() + " | " + g.message() + " | " + g.channels();
        }

        @Override
        public String actionItem(PlanContent.ActionItem a) {
          return a.content()
              + "\n"
              + a.place()
              + " | "
              + a.expectedResult()
              + " | "
              + a.responsible()
              + " | "
              + a.deadline();
        }

        @Override
        public String instrument(PlanContent.MonitoringInstrument m) {
          return m.name() + "\n" + m.periodicity() + " | " + m.responsible();
        }

        @Override
        public String indicator(PlanContent.Indicator i) {
          return i.name() + "\n" + i.unit() + " | " + i.baseline() + " → " + i.target();
        }
      };

  /** Every change, section after section, rows read raw. */
  public static List<Change> compare(PlanContent from, PlanContent to) {
    return sections(from, to, RAW).stream().flatMap(s -> s.changes().stream()).toList();
  }

  /** Every section in the document's order, with its changes or its unchanged texts. */
  public static List<Section> sections(PlanContent from, PlanContent to, Texts texts) {
    return List.of(
        text("startingPoint", from.startingPoint(), to.startingPoint()),
        rows("strategicGoals", from.strategicGoals(), to.strategicGoals(), g -> g, g -> g),
        rows(
            "communicationGoals",
            from.communicationGoals(),
            to.communicationGoals(),
            g -> g,
            g -> g),
        rows(
            "targetGroups",
            from.targetGroups(),
            to.targetGroups(),
            PlanContent.TargetGroup::name,
            texts::targetGroup),
        rows(
            "actionItems",
            from.actionItems(),
            to.actionItems(),
            PlanContent.ActionItem::content,
            texts::actionItem),
        rows(
            "monitoringInstruments",
            from.monitoringInstruments(),
            to.monitoringInstruments(),
            PlanContent.MonitoringInstrument::name,
            texts::instrument),
        rows(
            "indicators",
            from.indicators(),
            to.indicators(),
            PlanContent.Indicator::name,
            texts::indicator),
        text("changeSummary", from.changeSummary(), to.changeSummary()));
  }

  private static Section text(String section, String before, String after) {
    String a = before == null ? "" : before;
    String b = after == null ? "" : after;
    if (a.equals(b)) {
      return new Section(section, List.of(), b.isBlank() ? List.of() : List.of(b));
    }
    Kind kind = a.isBlank() ? Kind.ADDED : b.isBlank() ? Kind.REMOVED : Kind.CHANGED;
    return new Section(section, List.of(new Change(section, kind, "", a, b)), List.of());
  }

  private static <T> Section rows(
      String section,
      List<T> before,
      List<T> after,
      Function<T, String> key,
      Function<T, String> text) {
    List<Change> changes = new ArrayList<>();
    List<String> keysBefore = before.stream().map(key).toList();
    List<String> keysAfter = after.stream().map(key).toList();
    for (AbstractDelta<String> delta : DiffUtils.diff(keysBefore, keysAfter, true).getDeltas()) {
      int from = delta.getSource().getPosition();
      int to = delta.getTarget().getPosition();
      int paired =
          delta.getType() == DeltaType.EQUAL || delta.getType() == DeltaType.CHANGE
              ? Math.min(delta.getSource().size(), delta.getTarget().size())
              : 0;
      for (int i = 0; i < paired; i++) {
        T old = before.get(from + i);
        T now = after.get(to + i);
        if (!Objects.equals(old, now)) {
          changes.add(
              new Change(section, Kind.CHANGED, key.apply(now), text.apply(old), text.apply(now)));
        }
      }
      for (int i = paired; i < delta.getSource().size(); i++) {
        T old = before.get(from + i);
        changes.add(new Change(section, Kind.REMOVED, key.apply(old), text.apply(old), ""));
      }
      for (int i = paired; i < delta.getTarget().size(); i++) {
        T now = after.get(to + i);
        changes.add(new Change(section, Kind.ADDED, key.apply(now), "", text.apply(now)));
      }
    }
    return new Section(
        section, changes, changes.isEmpty() ? after.stream().map(text).toList() : List.of());
  }
}
