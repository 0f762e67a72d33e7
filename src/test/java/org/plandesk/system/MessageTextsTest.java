package org.plandesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.plandesk.plan.PlanLanguage;

/**
 * The server's sentences ({@code i18n/messages*.properties}): every language has every sentence of
 * the English bundle, none empty or left in English, each a valid MessageFormat with its
 * apostrophes doubled; every key the code refuses or answers with is in the bundles, and every
 * process variable a refusal names has a label.
 */
class MessageTextsTest {

  /** Texts that are the same in English and some language, or no words at all. */
  private static final Set<String> SAME_IN_SOME_LANGUAGES =
      Set.of("{0}", "{0}: {1}", "{0}: {1} → {2}", "Status", "Instrument", "Incident: {0}");

  private static final Path MAIN = Path.of("src/main/java/org/plandesk");

  /** Keys in the code: a refusal's or a Text's first string, and every field label. */
  private static final List<Pattern> KEYS_IN_CODE =
      List.of(
          Pattern.compile("Text\\.of\\(\\s*\"([\\w.]+)\""),
          Pattern.compile("(?:RuleViolation|NotFound|Conflict)\\(\\s*(?:\\w+,\\s*)?\"([\\w.]+)\""),
          Pattern.compile("\"(field\\.\\w+)\""),
          Pattern.compile("\"((?:failure|rule|plan|grant|review|api)\\.[\\w.]+)\""));

  /** Process variables whose refusals name them ({@code ProcessVariable.label}). */
  private static final Pattern VARIABLE =
      Pattern.compile("\\b(?:date|amount|choice|textList)\\(\"(\\w+)\"|label\\(\"(\\w+)\"\\)");

  @ParameterizedTest
  @EnumSource(PlanLanguage.class)
  void everyLanguageHasEverySentenceAsAValidMessageFormat(PlanLanguage language) {
    Properties english = TextBundles.load("messages", PlanLanguage.en);
    Properties texts = TextBundles.load("messages", language);

    TextBundles.assertTranslated(language, english, texts, SAME_IN_SOME_LANGUAGES);
    for (String key : texts.stringPropertyNames()) {
      String text = texts.getProperty(key);
      assertThat(text).as(key).isNotBlank().isEqualTo(text.strip());
      assertThat(new MessageFormat(text).format(new Object[] {"A", "B", "C"}))
          .as(key)
          .doesNotContain("{");
      assertThat(text.replace("''", ""))
          .as("%s is a MessageFormat, so its apostrophes are doubled", key)
          .doesNotContain("'");
    }
  }

  @Test
  void everyKeyTheCodeSaysIsInTheBundles() throws IOException {
    Set<String> keys = new TreeSet<>();
    Set<String> variables = new TreeSet<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        if (file.toString().contains("/notification/")
            || file.toString().contains("/document/")
            || file.getFileName().toString().endsWith("DocumentModels.java")) {
          // Mails and documents have bundles of their own.
          continue;
        }
        for (Pattern key : KEYS_IN_CODE) {
          Matcher m = key.matcher(source);
          while (m.find()) {
            if (!m.group(1).endsWith(".")) {
              keys.add(m.group(1));
            }
          }
        }
        if (file.getFileName().toString().endsWith("Variables.java")
            || file.getFileName().toString().endsWith("Listener.java")) {
          Matcher m = VARIABLE.matcher(source);
          while (m.find()) {
            variables.add("field." + (m.group(1) != null ? m.group(1) : m.group(2)));
          }
        }
      }
    }
    assertThat(keys).hasSizeGreaterThan(100);
    assertThat(variables).contains("field.effectiveDate", "field.amountRequested");
    keys.addAll(variables);
    assertThat(keys.stream().filter(key -> !Text.exists(key)).toList())
        .as("keys the code says that no bundle has")
        .isEmpty();
  }

  @Test
  void aRefusalIsSaidInTheReadersLanguageWithItsFieldAndDates() {
    Text refusal =
        Text.of(
            "plan.effectiveBeforeApproval", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 6));

    assertThat(refusal.english())
        .isEqualTo(
            "The effective date December 1, 2026 lies before the approval date December 6, 2026");
    assertThat(refusal.in(Locale.forLanguageTag("hu")))
        .isEqualTo(
            "A hatálybalépés napja (2026. december 1.) korábbi, mint a jóváhagyás napja (2026."
                + " december 6.)");
    assertThat(refusal.in(Locale.forLanguageTag("uk"))).contains("1 грудня 2026 р.");
    assertThat(Text.of("rule.required", Text.of("field.inputDeadline")).in(Locale.ENGLISH))
        .isEqualTo("Deadline for the departments' input is required");
    assertThat(Text.of("rule.required", Text.of("editor.field.fileName")).in(new Locale("sv")))
        .isEqualTo("Filnamn måste anges");
  }
}
