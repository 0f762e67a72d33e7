package org.plandesk.grant;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.plandesk.document.DocumentLabels;
import org.plandesk.document.DocumentModel;
import org.plandesk.document.StaffNames;
import org.plandesk.plan.Plan;

/**
 * Turns a grant request into what {@code grant.docx} is filled with: the request, the director's
 * decision and, in the award edition, the funder's award with the reporting obligations, in the
 * labels and number and date formats of the request's language.
 */
public final class GrantDocumentModels {

  /** Keeps an amount and its currency on one line. */
  private static final String NO_BREAK = "\u00a0";

  private GrantDocumentModels() {}

  /**
   * @param served the plan the request serves, or null
   * @param language the language of the labels, dates and numbers
   */
  static DocumentModel of(
      GrantRequest request,
      List<ReportingObligation> obligations,
      GrantDocumentEdition edition,
      Plan served,
      String language,
      StaffNames names) {
    DocumentLabels labels = new DocumentLabels(language);
    Locale locale = Locale.forLanguageTag(language);
    Map<String, String> values = new HashMap<>();
    for (String key : labels.keys()) {
      values.put("label." + key, labels.get(key));
    }
    values.put("grantTitle", request.title());
    values.put("requestNumber", String.valueOf(request.id()));
    values.put("edition", labels.get("grant.edition." + edition.name()));
    values.put("funder", request.funder());
    values.put("programme", text(request.programme()));
    values.put("amountRequested", amount(request.amountRequested(), request.currency(), locale));
    values.put("ownContribution", amount(request.ownContribution(), request.currency(), locale));
    values.put("purpose", request.purpose());
    values.put("expectedResults", request.expectedResults());
    values.put(
        "plan", served == null ? text(request.planCode()) : served.code() + " – " + served.title());
    values.put("actionItem", text(request.actionItem()));
    values.put("funderDeadline", labels.date(request.funderDeadline()));
    values.put("responsible", name(names, request.responsible()));
    values.put("preparedBy", name(names, request.preparedBy()));
    values.put("decision", labels.get("grant.approved"));
    values.put("decidedBy", name(names, request.directorDecidedBy()));
    values.put("decisionDate", labels.date(request.directorDecidedOn()));
    // The signature manifest of the approval, filled in by GrantDocuments from the signing records.
    values.put("signature", "");
    values.put("directorComment", text(request.directorComment()));
    values.put("submittedOn", labels.date(request.submittedOn()));
    values.put(
        "amountAwarded",
        request.amountAwarded() == null
            ? ""
            : amount(request.amountAwarded(), request.currency(), locale));
    values.put("awardConditions", text(request.awardConditions()));
    values.put("funderComment", text(request.decisionComment()));

    List<Map<String, String>> rows =
        obligations.stream()
            .map(o -> Map.of("dueDate", labels.date(o.dueDate()), "description", o.description()))
            .toList();
    DocumentModel.Section award =
        edition == GrantDocumentEdition.AWARD
            ? DocumentModel.Section.rows(rows)
            : DocumentModel.Section.ABSENT;
    return new DocumentModel(values, Map.of("award", award), List.of());
  }

  /** The amount in the language's digits and separators, with the currency's usual decimals. */
  public static String amount(BigDecimal value, String currency, Locale locale) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(
        Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits()));
    format.setMaximumFractionDigits(2);
    return format.format(value) + NO_BREAK + currency;
  }

  private static String name(StaffNames names, String userId) {
    return userId == null ? "" : names.nameOf(userId);
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
