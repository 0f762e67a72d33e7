package org.plandesk.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.plandesk.identity.DepartmentDirectory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Human words and numbers for the pages of a plan's living record (grants register, progress,
 * what's due), read by their templates as {@code ${@living...}}: dates and amounts as the reader's
 * language writes them ({@code 2026. december 6.}, {@code 12 500,50 EUR}), people by name instead
 * of their user id, departments by their name in the reader's language ({@code
 * i18n/living_<lang>.properties}, {@code living.group.<id>}) instead of their group id.
 */
@Component("living")
public class LivingLabels {

  private final MessageSource messages;
  private final DepartmentDirectory departments;
  private final Labels labels;

  LivingLabels(MessageSource messages, DepartmentDirectory departments, Labels labels) {
    this.messages = messages;
    this.departments = departments;
    this.labels = labels;
  }

  /** A day as the reader's language writes it in full: 6 December 2026, 2026. december 6. */
  public String day(LocalDate day) {
    return labels.day(day);
  }

  /** A moment (date and time of day, the server's time zone) as the reader's language writes it. */
  public String moment(Instant at) {
    return at == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
            .withLocale(locale())
            .withZone(ZoneId.systemDefault())
            .format(at);
  }

  /** A number with the reader's decimal sign and grouping, without trailing zeros: 7,5. */
  public String number(BigDecimal value) {
    if (value == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale());
    format.setMaximumFractionDigits(4);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(value);
  }

  /** An amount with two decimals and its currency code: 12 500,50 EUR. */
  public String amount(BigDecimal value, String currency) {
    if (value == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale());
    format.setMinimumFractionDigits(2);
    format.setMaximumFractionDigits(2);
    return format.format(value) + (currency == null ? "" : "\u00a0" + currency);
  }

  /** A member of staff by name ("Márku Mónika"); the id only for a user PlanDesk does not know. */
  public String person(String userId) {
    return userId == null || userId.isBlank() ? "" : labels.person(userId);
  }

  /**
   * A department or role by its name in the reader's language; a department without a translation
   * by its configured name; any other text as it is (a responsible written as a person's name).
   */
  public String group(String id) {
    if (id == null) {
      return "";
    }
    return messages.getMessage("living.group." + id, null, departments.nameOf(id), locale());
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }
}
