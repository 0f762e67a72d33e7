package org.plandesk.audit.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.plandesk.audit.VersionComparison;
import org.plandesk.plan.PlanContent;
import org.springframework.context.MessageSource;

/**
 * How the rows of a plan read in a comparison, in one language (the reader's on the page, the
 * plan's in the DOCX): the row's name on the first line, then a field per line ("Tier: Primary"),
 * with tiers and periodicities by name, dates and numbers as the language writes them.
 */
final class ComparisonRows implements VersionComparison.Texts {

  private final MessageSource messages;
  private final Locale locale;

  ComparisonRows(MessageSource messages, Locale locale) {
    this.messages = messages;
    this.locale = locale;
  }

  /** Every section of the comparison, rows read in this language. */
  List<VersionComparison.Section> of(PlanContent from, PlanContent to) {
    return VersionComparison.sections(from, to, this);
  }

  @Override
  public String targetGroup(PlanContent.TargetGroup g) {
    return lines(
        g.name(),
        line("tier", g.tier() == null ? null : text("tier." + g.tier())),
        line("message", g.message()),
        line("channels", g.channels()));
  }

  @Override
  public String actionItem(PlanContent.ActionItem a) {
    return lines(
        a.content(),
        line("place", a.place()),
        line("expectedResult", a.expectedResult()),
        line("responsible", a.responsible()),
        line("deadline", day(a.deadline())));
  }

  @Override
  public String instrument(PlanContent.MonitoringInstrument m) {
    return lines(
        m.name(),
        line(
            "periodicity", m.periodicity() == null ? null : text("periodicity." + m.periodicity())),
        line("responsible", m.responsible()));
  }

  @Override
  public String indicator(PlanContent.Indicator i) {
    return lines(
        i.name(),
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
