package org.plandesk.grant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import org.plandesk.plan.PlanRuleViolation;
import org.plandesk.plan.TextRules;

/**
 * What the preparer enters (start form and revision): the same rules as the forms, checked again on
 * the server so that engine-rest or a changed form cannot store a broken request.
 */
public record GrantDraft(
    String title,
    String funder,
    String programme,
    BigDecimal amountRequested,
    String currency,
    BigDecimal ownContribution,
    String purpose,
    String expectedResults,
    String planCode,
    String actionItem,
    LocalDate funderDeadline,
    String responsible) {

  /** Largest amount DECIMAL(15, 2) holds. */
  private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999.99");

  public GrantDraft {
    title = trim(title);
    funder = trim(funder);
    programme = trim(programme);
    currency = currency == null ? null : currency.strip().toUpperCase(Locale.ROOT);
    purpose = trim(purpose);
    expectedResults = trim(expectedResults);
    planCode = trim(planCode);
    actionItem = trim(actionItem);
    responsible = trim(responsible);
  }

  /**
   * Checks every field rule; the first broken rule is reported.
   *
   * @param today the day of preparation or revision: the funder's deadline may not lie before it
   */
  public void check(LocalDate today) {
    oneLine(title, "title of the project");
    oneLine(funder, "funder");
    oneLine(programme, "programme or call");
    oneLine(actionItem, "action item");
    oneLine(responsible, "responsible person");
    required(title, "title of the project", 200);
    required(funder, "funder", 200);
    optional(programme, "programme or call", 200);
    amount(amountRequested, "amount requested", true);
    checkCurrency();
    amount(ownContribution, "own contribution", false);
    required(purpose, "purpose", 4000);
    required(expectedResults, "expected results", 4000);
    if (planCode != null) {
      TextRules.planCode(planCode, "The plan code");
    }
    optional(actionItem, "action item", 1000);
    if (actionItem != null && planCode == null) {
      throw new PlanRuleViolation("Name the plan (plan code) whose action item the request serves");
    }
    if (funderDeadline == null) {
      throw new PlanRuleViolation("The funder's submission deadline is required");
    }
    if (funderDeadline.isBefore(today)) {
      throw new PlanRuleViolation(
          "The funder's submission deadline "
              + funderDeadline
              + " has passed: it must be today ("
              + today
              + ") or later");
    }
    required(responsible, "responsible person", 64);
  }

  private void checkCurrency() {
    required(currency, "currency", Integer.MAX_VALUE);
    Currency found;
    try {
      found = currency.matches("[A-Z]{3}") ? Currency.getInstance(currency) : null;
    } catch (IllegalArgumentException e) {
      found = null;
    }
    // Codes such as XXX (no currency) or XAU (gold) are ISO 4217 but no money to ask a funder for.
    if (found == null || found.getDefaultFractionDigits() < 0) {
      throw new PlanRuleViolation(
          "Currency " + currency + " is not an ISO 4217 currency code (e.g. EUR, UAH, HUF)");
    }
  }

  private static void amount(BigDecimal value, String name, boolean positive) {
    if (value == null) {
      throw new PlanRuleViolation("The " + name + " is required");
    }
    if (positive ? value.signum() <= 0 : value.signum() < 0) {
      throw new PlanRuleViolation(
          "The "
              + name
              + " must be "
              + (positive ? "more than 0" : "0 or more")
              + ": "
              + value.toPlainString());
    }
    if (value.stripTrailingZeros().scale() > 2 || value.compareTo(MAX_AMOUNT) > 0) {
      throw new PlanRuleViolation(
          "The "
              + name
              + " "
              + value.toPlainString()
              + " has more than two decimals or is too large");
    }
  }

  static void required(String value, String name, int max) {
    if (value == null) {
      throw new PlanRuleViolation("The " + name + " is required");
    }
    optional(value, name, max);
  }

  /** An optional text: at most max characters, and no control character but tab and line breaks. */
  static void optional(String value, String name, int max) {
    if (value != null && value.length() > max) {
      throw new PlanRuleViolation("The " + name + " is longer than " + max + " characters");
    }
    TextRules.multiLine(value, "The " + name);
  }

  /** A text of one line (a title, a name): no control character at all. */
  static void oneLine(String value, String name) {
    TextRules.oneLine(value, "The " + name);
  }

  static String trim(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
