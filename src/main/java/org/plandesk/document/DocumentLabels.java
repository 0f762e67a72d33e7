package org.plandesk.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Labels and date format of a document's language (bundles in {@code i18n/document*.properties}).
 */
public final class DocumentLabels {

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final ResourceBundle bundle;
  private final DateTimeFormatter dates;

  public DocumentLabels(String language) {
    Locale locale = Locale.forLanguageTag(language);
    this.bundle = ResourceBundle.getBundle("i18n/document", locale, NO_FALLBACK);
    this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
  }

  public String get(String key) {
    return bundle.containsKey(key) ? bundle.getString(key) : key;
  }

  public Iterable<String> keys() {
    return bundle.keySet();
  }

  public String date(LocalDate date) {
    return date == null ? "" : dates.format(date);
  }
}
