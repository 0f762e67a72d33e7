package org.plandesk.process;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;

/**
 * Words, days and numbers in one language, for the texts PlanDesk writes into process variables
 * that the Tasklist's forms show (a content summary, options, a grant's summary, the indicators to
 * report on). The words are the pages' bundles ({@code i18n/pages_<lang>.properties}, keys {@code
 * tasklist.*}, {@code tier.*}, {@code group.*}), so a form and PlanDesk's pages name things alike.
 */
public final class Words {

  private final Locale locale;
  private final MessageSource messages;
  private final UnaryOperator<String> configuredGroupName;

  /**
   * @param configuredGroupName a department's configured name by its id, for a department the
   *     bundles have no words for
   */
  public Words(Locale locale, MessageSource messages, UnaryOperator<String> configuredGroupName) {
    this.locale = locale;
    this.messages = messages;
    this.configuredGroupName = configuredGroupName;
  }

  public Locale locale() {
    return locale;
  }

  /** The bundle's text of that key, its {@code {0}}, {@code {1}}... filled with the values. */
  public String text(String key, Object... values) {
    return messages.getMessage(key, values, locale);
  }

  /** A department or role by name: the bundle's {@code group.<id>}, else its configured name. */
  public String group(String id) {
    return id == null
        ? ""
        : messages.getMessage("group." + id, null, configuredGroupName.apply(id), locale);
  }

  /** A day as the language writes it in full: 6 December 2026, 2026. december 6. */
  public String day(LocalDate day) {
    return day == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
  }

  /** The day of a moment (a due date kept for a timer), as {@link #day(LocalDate)}. */
  public String day(LocalDateTime at) {
    return at == null ? "" : day(at.toLocalDate());
  }

  /** A number with the language's decimal sign and grouping, without trailing zeros; none: –. */
  public String number(BigDecimal value) {
    if (value == null) {
      return "–";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(4);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(value);
  }

  /** An amount of money: the language's decimal sign and grouping, always two decimals; none: –. */
  public String money(BigDecimal value) {
    if (value == null) {
      return "–";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(2);
    format.setMaximumFractionDigits(2);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(value);
  }
}
