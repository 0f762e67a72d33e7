package org.plandesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.plandesk.notification.MailKind;
import org.plandesk.notification.MailStatus;
import org.plandesk.plan.PlanLanguage;

/**
 * The words of PlanDesk's pages ({@code i18n/pages*.properties}): every language has every text the
 * English bundle has, each a word of its own (no English left behind in a translation), every mail
 * status and kind has a word, and every text with placeholders is a valid MessageFormat.
 */
class PageTextsTest {

  /**
   * Texts that are the same in English and some other language (Swedish "Status", "Plan"), or no
   * words at all.
   */
  private static final Set<String> SAME_IN_SOME_LANGUAGES =
      Set.of("Status", "Plan", "Message-ID", "{0}: {1}", "{0}, version {1}");

  @ParameterizedTest
  @EnumSource(PlanLanguage.class)
  void everyLanguageHasEveryTextAndAWordForEachMailStatusAndKind(PlanLanguage language)
      throws IOException {
    Properties english = bundle("i18n/pages.properties");
    Properties texts =
        language == PlanLanguage.en ? english : bundle("i18n/pages_" + language + ".properties");

    assertThat(texts.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    Arrays.stream(MailStatus.values())
        .forEach(s -> assertThat(texts).containsKey("mail.status." + s));
    Arrays.stream(MailKind.values()).forEach(k -> assertThat(texts).containsKey("mail.kind." + k));
    for (String key : texts.stringPropertyNames()) {
      String text = texts.getProperty(key);
      assertThat(text).as(key).isNotBlank();
      if (text.contains("{0}")) {
        assertThat(new MessageFormat(text).format(new Object[] {"A", "B", "C"}))
            .as(key)
            .doesNotContain("{");
      }
      if (language != PlanLanguage.en && !SAME_IN_SOME_LANGUAGES.contains(text)) {
        assertThat(text)
            .as("%s in %s is translated", key, language)
            .isNotEqualTo(english.getProperty(key));
      }
    }
  }

  private static Properties bundle(String path) throws IOException {
    var properties = new Properties();
    try (Reader in =
        new InputStreamReader(
            PageTextsTest.class.getClassLoader().getResourceAsStream(path),
            StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    return properties;
  }
}
