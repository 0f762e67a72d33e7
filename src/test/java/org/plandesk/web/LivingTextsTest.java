package org.plandesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.plandesk.grant.GrantEvent;
import org.plandesk.grant.GrantStatus;
import org.plandesk.plan.PlanContent;
import org.plandesk.plan.PlanLanguage;
import org.plandesk.system.TextBundles;

/**
 * The words of the living record's pages ({@code i18n/living*.properties}): every language has
 * every text of the English bundle, each a word of its own (no English left in a translation), a
 * name for every status, history entry and periodicity the pages show, and every text with
 * placeholders is a valid MessageFormat.
 */
class LivingTextsTest {

  /** Texts that are the same in English and some other language, or no words at all. */
  private static final Set<String> SAME_IN_SOME_LANGUAGES = Set.of("Status", "Instrument");

  @ParameterizedTest
  @EnumSource(PlanLanguage.class)
  void everyLanguageHasEveryTextAndANameForEveryCode(PlanLanguage language) {
    Properties english = TextBundles.load("living", PlanLanguage.en);
    Properties texts = TextBundles.load("living", language);

    TextBundles.assertTranslated(language, english, texts, SAME_IN_SOME_LANGUAGES);
    Arrays.stream(GrantStatus.values())
        .forEach(s -> assertThat(texts).containsKey("living.grantStatus." + s));
    Arrays.stream(GrantEvent.Kind.values())
        .forEach(k -> assertThat(texts).containsKey("living.grantEvent." + k));
    Arrays.stream(PlanContent.Periodicity.values())
        .forEach(p -> assertThat(texts).containsKey("living.periodicity." + p));
    Arrays.stream(PlanContent.Tier.values())
        .forEach(t -> assertThat(texts).containsKey("living.tier." + t));
    for (String key : texts.stringPropertyNames()) {
      String text = texts.getProperty(key);
      assertThat(text).as(key).isNotBlank();
      if (text.contains("{0}")) {
        assertThat(new MessageFormat(text).format(new Object[] {"A", "B", "C"}))
            .as(key)
            .doesNotContain("{");
      }
    }
  }
}
