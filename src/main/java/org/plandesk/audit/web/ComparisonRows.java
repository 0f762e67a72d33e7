package org.plandesk.audit.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.plandesk.audit.VersionComparison;
import org.plandesk.audit.VersionComparison.Change;
import org.plandesk.plan.PlanContent;
import org.springframework.context.MessageSource;

/**
 * The comparison of two versions as the page shows it: the rows {@link VersionComparison} found
 * changed, each said in the reader's language, a field per line ("Tier: Primary"), with tiers and
 * periodicities by name, dates and numbers as the reader's language writes them.
 */
final class ComparisonRows {

  /** One row of the page: section and kind stay codes for the template to name, texts are words. */
  record Row(
      String section, VersionComparison.Kind kind, String subject, String before, String after) {}

  private final MessageSource messages;
  private final Locale locale;

  ComparisonRows(MessageSource messages, Locale locale) {
    this.messages = messages;
    this.locale = locale;
  }

  List<Row> of(PlanContent from, PlanContent to) {
    List<Row> rows = new ArrayList<>();
    for (Change c : VersionComparison.compare(from, to)) {
      Function<PlanContent, String> details =
          switch (c.section()) {
            case "targetGroups" ->
                content ->
                    find(
                        content.targetGroups(),
                        PlanContent.TargetGroup::name,
                        c.subject(),
                        this::targetGroup);
            case "actionItems" ->
                content ->
                    find(
                        content.actionItems(),
                        PlanContent.ActionItem::content,
                        c.subject(),
                        this::actionItem);
            case "monitoringInstruments" ->
                content ->
                    find(
                        content.monitoringInstruments(),
                        PlanContent.MonitoringInstrument::name,
                        c.subject(),
                        this::instrument);
            case "indicators" ->
                content ->
                    find(
                        content.indicators(),
                        PlanContent.Indicator::name,
                        c.subject(),
                        this::indicator);
            default -> null;
          };
      rows.add(
          details == null
              ? new Row(c.section(), c.kind(), c.subject(), c.before(), c.after())
              : new Row(
                  c.section(),
                  c.kind(),
                  c.subject(),
                  c.kind() == VersionComparison.Kind.ADDED ? "" : details.apply(from),
                  c.kind() == VersionComparison.Kind.REMOVED ? "" : details.apply(to)));
    }
    return rows;
  }

  private static <T> String find(
      List<T> rows, Function<T, String> key, String subject, Function<T, String> details) {
    return rows.stream()
        .filter(r -> Objects.equals(key.apply(r), subject))
        .findFirst()
        .map(details)
        .orElse("");
  }

  private String targetGroup(PlanContent.TargetGroup g) {
    return lines(
        line("tier", g.tier() == null ? null : text("tier." + g.tier())),
        line("message", g.message()),
        line("channels", g.channels()));
  }

  private String actionItem(PlanContent.ActionItem a) {
    return lines(
        line("place", a.place()),
        line("expectedResult", a.expectedResult()),
        line("responsible", a.responsible()),
        line("deadline", day(a.deadline())));
  }

  private String instrument(PlanContent.MonitoringInstrument m) {
    return lines(
        line(
            "periodicity", m.periodicity() == null ? null : text("periodicity." + m.periodicity())),
        line("responsible", m.responsible()));
  }

  private String indicator(PlanContent.Indicator i) {
    return lines(
        line("unit", i.unit()),
        line("baseline", number(i.baseline())),
        line("target", number(i.target())));
  }

  private String line(String field, String value) {
    return value == null || value.isBlank() ? null : text("editor.field." + field) + ": " + value;
  }

  private static String lines(String... lines) {
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      if (line != null) {
        text.append(text.isEmpty() ? "" : "\n").append(line);
      }
    }
    return text.toString();
  }

  private String day(LocalDate day) {
    return day == null
        ? null
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
  }

  private String number(BigDecimal number) {
    if (number == null) {
      return null;
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(Math.max(0, number.scale()));
    return format.format(number);
  }

  private String text(String key) {
    return messages.getMessage(key, null, key, locale);
  }
}
