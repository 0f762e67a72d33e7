package org.plandesk.plan.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.plandesk.plan.PlanContent;
import org.plandesk.plan.PlanContentRules.Problem;
import org.springframework.util.MultiValueMap;

/**
 * The plan editor's form, exactly as the user typed it (all text). Rows are parallel repeated
 * fields in page order, so adding, removing and moving rows in the browser needs no renumbering. A
 * failed save shows this form again, so nothing typed is lost.
 */
record EditorForm(
    String fileName,
    Integer revision,
    String startingPoint,
    List<String> strategicGoals,
    List<String> communicationGoals,
    List<TargetGroupRow> targetGroups,
    List<ActionItemRow> actionItems,
    List<InstrumentRow> instruments,
    List<IndicatorRow> indicators,
    String changeSummary) {

  record TargetGroupRow(String tier, String name, String message, String channels) {}

  record ActionItemRow(
      String content, String place, String expectedResult, String responsible, String deadline) {}

  record InstrumentRow(String name, String periodicity, String responsible) {}

  record IndicatorRow(String name, String unit, String baseline, String target) {}

  /** The content's conversion: the content if every field parsed, and the problems found. */
  record Parsed(PlanContent content, List<Problem> problems) {}

  static EditorForm of(String fileName, int revision, PlanContent c) {
    return new EditorForm(
        fileName,
        revision,
        c.startingPoint(),
        c.strategicGoals(),
        c.communicationGoals(),
        c.targetGroups().stream()
            .map(g -> new TargetGroupRow(name(g.tier()), g.name(), g.message(), g.channels()))
            .toList(),
        c.actionItems().stream()
            .map(
                a ->
                    new ActionItemRow(
                        a.content(),
                        a.place(),
                        a.expectedResult(),
                        a.responsible(),
                        text(a.deadline())))
            .toList(),
        c.monitoringInstruments().stream()
            .map(m -> new InstrumentRow(m.name(), name(m.periodicity()), m.responsible()))
            .toList(),
        c.indicators().stream()
            .map(i -> new IndicatorRow(i.name(), i.unit(), text(i.baseline()), text(i.target())))
            .toList(),
        c.changeSummary());
  }

  static EditorForm from(MultiValueMap<String, String> params) {
    return new EditorForm(
        first(params, "fileName"),
        parseRevision(first(params, "revision")),
        first(params, "startingPoint"),
        nonBlank(all(params, "strategicGoal")),
        nonBlank(all(params, "communicationGoal")),
        rows(params, "tg.name")
            .mapToObj(
                i ->
                    new TargetGroupRow(
                        at(params, "tg.tier", i),
                        at(params, "tg.name", i),
                        at(params, "tg.message", i),
                        at(params, "tg.channels", i)))
            .filter(r -> !blank(r.name(), r.message(), r.channels()))
            .toList(),
        rows(params, "ai.content")
            .mapToObj(
                i ->
                    new ActionItemRow(
                        at(params, "ai.content", i),
                        at(params, "ai.place", i),
                        at(params, "ai.expectedResult", i),
                        at(params, "ai.responsible", i),
                        at(params, "ai.deadline", i)))
            .filter(
                r ->
                    !blank(
                        r.content(), r.place(), r.expectedResult(), r.responsible(), r.deadline()))
            .toList(),
        rows(params, "mi.name")
            .mapToObj(
                i ->
                    new InstrumentRow(
                        at(params, "mi.name", i),
                        at(params, "mi.periodicity", i),
                        at(params, "mi.responsible", i)))
            .filter(r -> !blank(r.name(), r.responsible()))
            .toList(),
        rows(params, "ind.name")
            .mapToObj(
                i ->
                    new IndicatorRow(
                        at(params, "ind.name", i),
                        at(params, "ind.unit", i),
                        at(params, "ind.baseline", i),
                        at(params, "ind.target", i)))
            .filter(r -> !blank(r.name(), r.unit(), r.baseline(), r.target()))
            .toList(),
        first(params, "changeSummary"));
  }

  /** Converts the typed text into content; unparseable dates and numbers become problems. */
  Parsed parse() {
    List<Problem> problems = new ArrayList<>();
    List<PlanContent.TargetGroup> groups = new ArrayList<>();
    for (int i = 0; i < targetGroups.size(); i++) {
      var r = targetGroups.get(i);
      groups.add(
          new PlanContent.TargetGroup(
              parseEnum(PlanContent.Tier.class, r.tier(), "targetGroups[" + i + "].tier", problems),
              r.name(),
              r.message(),
              r.channels()));
    }
    List<PlanContent.ActionItem> items = new ArrayList<>();
    for (int i = 0; i < actionItems.size(); i++) {
      var r = actionItems.get(i);
      items.add(
          new PlanContent.ActionItem(
              r.content(),
              r.place(),
              r.expectedResult(),
              r.responsible(),
              parseDate(r.deadline(), "actionItems[" + i + "].deadline", problems)));
    }
    List<PlanContent.MonitoringInstrument> monitoring = new ArrayList<>();
    for (int i = 0; i < instruments.size(); i++) {
      var r = instruments.get(i);
      monitoring.add(
          new PlanContent.MonitoringInstrument(
              r.name(),
              parseEnum(
                  PlanContent.Periodicity.class,
                  r.periodicity(),
                  "monitoringInstruments[" + i + "].periodicity",
                  problems),
              r.responsible()));
    }
    List<PlanContent.Indicator> measures = new ArrayList<>();
    for (int i = 0; i < indicators.size(); i++) {
      var r = indicators.get(i);
      measures.add(
          new PlanContent.Indicator(
              r.name(),
              r.unit(),
              parseNumber(r.baseline(), "indicators[" + i + "].baseline", problems),
              parseNumber(r.target(), "indicators[" + i + "].target", problems)));
    }
    var content =
        new PlanContent(
            startingPoint,
            strategicGoals,
            communicationGoals,
            groups,
            items,
            monitoring,
            measures,
            changeSummary);
    return new Parsed(content, problems);
  }

  private static IntStream rows(MultiValueMap<String, String> params, String key) {
    return IntStream.range(0, all(params, key).size());
  }

  private static String at(MultiValueMap<String, String> params, String key, int i) {
    List<String> values = all(params, key);
    return i < values.size() ? values.get(i) : "";
  }

  private static List<String> all(MultiValueMap<String, String> params, String key) {
    List<String> values = params.get(key);
    return values == null ? List.of() : values;
  }

  private static String first(MultiValueMap<String, String> params, String key) {
    String value = params.getFirst(key);
    return value == null ? "" : value;
  }

  private static List<String> nonBlank(List<String> values) {
    return values.stream().filter(v -> !v.isBlank()).toList();
  }

  private static boolean blank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static Integer parseRevision(String text) {
    try {
      return text.isBlank() ? null : Integer.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static <E extends Enum<E>> E parseEnum(
      Class<E> type, String text, String field, List<Problem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(field, "Unknown choice '" + text + "'"));
      return null;
    }
  }

  private static LocalDate parseDate(String text, String field, List<Problem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      problems.add(new Problem(field, "Not a date (YYYY-MM-DD): " + text));
      return null;
    }
  }

  private static BigDecimal parseNumber(String text, String field, List<Problem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(text.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      problems.add(new Problem(field, "Not a number: " + text));
      return null;
    }
  }

  private static String name(Enum<?> value) {
    return value == null ? "" : value.name();
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }
}
