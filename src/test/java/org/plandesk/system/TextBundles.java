package org.plandesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.plandesk.plan.PlanLanguage;

/**
 * The checks every bundle of texts people read shares ({@code i18n/messages*}, {@code pages*},
 * {@code living*}): read in UTF-8, the same keys in every language as in English, and no text left
 * in English in a translation unless it is the same word there.
 */
public final class TextBundles {

  private TextBundles() {}

  /** {@code i18n/<name>.properties} for English, {@code i18n/<name>_<lang>.properties} else. */
  public static Properties load(String name, PlanLanguage language) {
    String path =
        language == PlanLanguage.en
            ? "i18n/" + name + ".properties"
            : "i18n/" + name + "_" + language + ".properties";
    var properties = new Properties();
    try (Reader in =
        new InputStreamReader(
            TextBundles.class.getClassLoader().getResourceAsStream(path), StandardCharsets.UTF_8)) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  /**
   * The language's bundle has exactly the English keys, and none of its texts is the English one
   * but those the language writes the same ({@code sameInSomeLanguages}: "Status", names, formats).
   */
  public static void assertTranslated(
      PlanLanguage language,
      Properties english,
      Properties texts,
      Set<String> sameInSomeLanguages) {
    assertThat(new TreeSet<>(texts.stringPropertyNames()))
        .as("the keys of %s", language)
        .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
    if (language != PlanLanguage.en) {
      assertThat(
              texts.stringPropertyNames().stream()
                  .filter(key -> texts.getProperty(key).equals(english.getProperty(key)))
                  .filter(key -> !sameInSomeLanguages.contains(texts.getProperty(key)))
                  .sorted()
                  .toList())
          .as("texts left in English in %s", language)
          .isEmpty();
    }
  }
}
