package org.plandesk.review.monitoring;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.plandesk.review.process.MonitoringTasks;
import org.plandesk.review.progress.FormTexts;

/**
 * A monitoring result as the page sends it, every field as typed, so that a refused form shows
 * again with what was typed. The indicators' values are keyed by the indicator's number in the
 * plan. {@link #check} names each broken rule by its field; only a form without any becomes a
 * {@link MonitoringTasks.Result}.
 *
 * <p>Numbers are read as the reader's language writes them: with a decimal comma in Hungarian,
 * Lithuanian, Swedish, Russian and Ukrainian (a point is taken too), with a decimal point in
 * English (where a comma separates thousands and so is refused rather than misread); spaces between
 * digit groups are ignored.
 */
record MonitoringForm(
    String date, String summary, String figures, Map<Integer, String> values, boolean lastUse) {

  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
  private static final int MOST_DIGITS_BEFORE_POINT = 15;
  private static final int MOST_DECIMALS = 4;

  MonitoringForm {
    values = new TreeMap<>(values);
  }

  /** A broken rule: the field, the message key ({@code living.monitoring.error.*}), argument. */
  record Problem(String field, String message, Object argument) {}

  /** The value typed for an indicator, or "" (for the page). */
  public String value(int number) {
    return values.getOrDefault(number, "");
  }

  /** Every broken rule, in the order of the form's fields; empty when the form is valid. */
  List<Problem> check(LocalDate today, int indicators, Locale locale) {
    List<Problem> problems = new ArrayList<>();
    if (blank(date)) {
      problems.add(new Problem("date", "required", null));
    } else {
      try {
        if (LocalDate.parse(date.strip()).isAfter(today)) {
          problems.add(new Problem("date", "future", null));
        }
      } catch (DateTimeParseException e) {
        problems.add(new Problem("date", "date", null));
      }
    }
    text(problems, "summary", summary, true);
    text(problems, "figures", figures, false);
    for (var v : values.entrySet()) {
      if (v.getKey() < 1 || v.getKey() > indicators) {
        problems.add(new Problem("indicators", "unknownIndicator", v.getKey()));
      } else if (!blank(v.getValue()) && number(v.getValue(), locale) == null) {
        problems.add(new Problem("value-" + v.getKey(), "number", v.getKey()));
      }
    }
    return problems;
  }

  /** The result as it is recorded; only for a form {@link #check} found nothing wrong with. */
  MonitoringTasks.Result result(Locale locale) {
    Map<Integer, BigDecimal> numbers = new TreeMap<>();
    values.forEach(
        (n, typed) -> {
          if (!blank(typed)) {
            numbers.put(n, number(typed, locale));
          }
        });
    return new MonitoringTasks.Result(
        LocalDate.parse(date.strip()),
        summary.strip(),
        blank(figures) ? null : figures.strip(),
        numbers,
        lastUse);
  }

  /** A number as the reader's language writes it, or null when it is not one. */
  static BigDecimal number(String typed, Locale locale) {
    String s = typed.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
    if (DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',') {
      s = s.replace(',', '.');
    }
    if (!NUMBER.matcher(s).matches()) {
      return null;
    }
    BigDecimal value = new BigDecimal(s);
    if (value.scale() > MOST_DECIMALS
        || value.precision() - value.scale() > MOST_DIGITS_BEFORE_POINT) {
      return null;
    }
    return value;
  }

  private static void text(List<Problem> problems, String field, String value, boolean required) {
    String problem = FormTexts.multiLineProblem(value, required);
    if (problem != null) {
      problems.add(
          new Problem(field, problem, "tooLong".equals(problem) ? FormTexts.LONG_TEXT : null));
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
