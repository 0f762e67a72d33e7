package org.plandesk.process;

import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * {@link Words} from PlanDesk's real bundles, as the application reads them ({@code
 * spring.messages}: the pages' and the living record's words, UTF-8, English as the fallback, never
 * the server's language): for tests of the texts the processes write for their forms.
 */
public final class BundleWords {

  private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

  static {
    MESSAGES.setBasenames("i18n/pages", "i18n/living");
    MESSAGES.setDefaultEncoding("UTF-8");
    MESSAGES.setFallbackToSystemLocale(false);
  }

  private BundleWords() {}

  /** The words of a language; a department the bundles do not know is named "Department <id>". */
  public static Words in(String language) {
    return new Words(Locale.forLanguageTag(language), MESSAGES, id -> "Department " + id);
  }
}
