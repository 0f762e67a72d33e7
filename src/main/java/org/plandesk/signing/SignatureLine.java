package org.plandesk.signing;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.plandesk.system.Text;

/**
 * A signature manifest as a document's control sheet prints it, in the document's language:
 * "Mikolasek Zsófia (Igazgató), jóváhagyva, 2026. október 1. 10:15, SHA-256: 3f2a…" (the whole
 * hash).
 */
public final class SignatureLine {

  private SignatureLine() {}

  public static String of(SignatureManifest m, String language) {
    Locale locale = Locale.forLanguageTag(language);
    String role =
        m.signerRole() == null || m.signerRole().isEmpty()
            ? ""
            : " (" + Text.of("group." + m.signerRole()).in(locale) + ")";
    String time =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
            .withLocale(locale)
            .withZone(ZoneId.systemDefault())
            .format(m.signedAt());
    return m.signerName()
        + role
        + ", "
        + Text.of("signing.meaning." + m.meaning().name()).in(locale)
        + ", "
        + time
        + ", SHA-256: "
        + m.contentSha256();
  }
}
