package org.plandesk.grant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import org.plandesk.plan.PlanRuleViolation;
import org.plandesk.plan.TextRules;
import org.plandesk.system.Text;

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
    oneLine(title, "field.projectTitle");
    oneLine(funder, "field.funder");
    oneLine(programme, "field.programme");
    oneLine(actionItem, "field.actionItem");
    oneLine(responsible, "field.responsible");
    required(title, "field.projectTitle", 200);
    required(funder, "field.funder", 200);
    optional(programme, "field.programme", 200);
    amount(amountRequested, "field.amountRequested", true);
    checkCurrency();
    amount(ownContribution, "field.ownContribution", false);
    required(purpose, "field.purpose", 4000);
    required(expectedResults, "field.expectedResults", 4000);
    if (planCode != null) {
      TextRules.planCode(planCode, Text.of("field.planCode"));
    }
    optional(actionItem, "field.actionItem", 1000);
    if (actionItem != null && planCode == null) {
      throw new PlanRuleViolation("grant.planForActionItem");
    }
    if (funderDeadline == null) {
      throw new PlanRuleViolation("rule.required", Text.of("field.funderDeadline"));
    }
    if (funderDeadline.isBefore(today)) {
      throw new PlanRuleViolation("grant.deadlinePassed", funderDeadline, today);
    }
    required(responsible, "field.responsible", 64);
  }

  private void checkCurrency() {
    required(currency, "field.currency", Integer.MAX_VALUE);
    Currency found;
    try {
      found = currency.matches("[A-Z]{3}") ? Currency.getInstance(currency) : null;
    } catch (IllegalArgumentException e) {
      found = null;
    }
    // Codes such as XXX (no currency) or XAU (gold) are ISO 4217 but no money to ask a funder for.
    if (found == null || found.getDefaultFractionDigits() < 0) {
      throw new PlanRuleViolation("grant.currency", currency);
    }
  }

  /** An amount; {@code name} is the key of the field's label, as refusals name it. */
  private static void amount(BigDecimal value, String name, boolean positive) {
    if (value == null) {
      throw new PlanRuleViolation("rule.required", Text.of(name));
    }
    if (positive ? value.signum() <= 0 : value.signum() < 0) {
      throw new PlanRuleViolation(
          positive ? "grant.amount.positive" : "grant.amount.notNegative",
          Text.of(name),
          value.toPlainString());
    }
    if (value.stripTrailingZeros().scale() > 2 || value.compareTo(MAX_AMOUNT) > 0) {
      throw new PlanRuleViolation("grant.amount.tooPrecise", Text.of(name), value.toPlainString());
    }
  }

  /** A required text; {@code name} is the key of the field's label, as refusals name it. */
  static void required(String value, String name, int max) {
    if (value == null) {
      throw new PlanRuleViolation("rule.required", Text.of(name));
    }
    optional(value, name, max);
  }

  /** An optional text: at most max characters, and no control character but tab and line breaks. */
  static void optional(String value, String name, int max) {
    optional(value, Text.of(name), max);
  }

  static void optional(String value, Text name, int max) {
    if (value != null && value.length() > max) {
      throw new PlanRuleViolation("rule.tooLong", name, max);
    }
    TextRules.multiLine(value, name);
  }

  /** A text of one line (a title, a name): no control character at all. */
  static void oneLine(String value, String name) {
    TextRules.oneLine(value, Text.of(name));
  }

  static String trim(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
