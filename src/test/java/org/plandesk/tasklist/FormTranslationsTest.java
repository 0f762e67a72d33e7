package org.plandesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.plandesk.plan.PlanLanguage;

/**
 * Every Camunda Form in every language: each English form {@code forms/<id>.form} has a variant per
 * language ({@code forms/<lang>/<id>-<lang>.form}) with the same fields, written from the
 * translation tables as {@link FormTranslations} writes it, and with no English left in it.
 */
class FormTranslationsTest {

  private static final Path FORMS = Path.of("forms");
  private static final FormTranslations TRANSLATIONS = new FormTranslations(FORMS);
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Words a translation shares with the English forms and may keep: the file format (DOCX), the
   * standard (ISO 4217), seed 000's plan code (KÜLSŐ KOMM, a proper noun) and words that are the
   * same in the language: Hungarian library staff say "monitoring"; Swedish "plan", "version",
   * "instrument", "program", "per" and "person" are Swedish words. Anything else English in a
   * translation is a text left untranslated.
   */
  private static final Map<PlanLanguage, Set<String>> SHARED_WORDS =
      Map.of(
          PlanLanguage.hu, Set.of("docx", "iso", "komm", "monitoring"),
          PlanLanguage.lt, Set.of("docx", "iso"),
          PlanLanguage.sv,
              Set.of("docx", "iso", "plan", "version", "instrument", "program", "per", "person"),
          PlanLanguage.ru, Set.of("docx", "iso"),
          PlanLanguage.uk, Set.of("docx", "iso"));

  private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_]+)\\s*}}");
  private static final Pattern LINK_TARGET = Pattern.compile("]\\(([^)]*)\\)");
  private static final Pattern CURRENCY_CODE = Pattern.compile("\\b[A-Z]{3}\\b");

  @Test
  void theCommittedVariantsAreTheOnesTheTablesMake() throws IOException {
    Map<Path, String> expected = TRANSLATIONS.generate();
    List<String> stale = new ArrayList<>();
    for (var file : expected.entrySet()) {
      if (!Files.exists(file.getKey())
          || !Files.readString(file.getKey(), StandardCharsets.UTF_8).equals(file.getValue())) {
        stale.add(file.getKey().toString());
      }
    }
    for (PlanLanguage language : FormTranslations.TRANSLATED) {
      try (Stream<Path> files = Files.list(FORMS.resolve(language.name()))) {
        files.filter(f -> !expected.containsKey(f)).forEach(f -> stale.add(f + " (no source)"));
      }
    }
    assertThat(stale)
        .as(
            "forms written by hand or out of date; edit forms/<id>.form or forms/i18n, then run: %s",
            FormTranslations.COMMAND)
        .isEmpty();
  }

  @Test
  void everyFormHasEveryLanguageWithTheSameFields() throws IOException {
    Map<String, JsonNode> sources = TRANSLATIONS.sources();
    assertThat(sources).isNotEmpty();
    for (var source : sources.entrySet()) {
      for (PlanLanguage language : FormTranslations.TRANSLATED) {
        Path file = TRANSLATIONS.file(source.getKey(), language);
        assertThat(file).as("%s in %s", source.getKey(), language).exists();
        JsonNode variant = JSON.readTree(file.toFile());
        assertThat(variant.path("id").asText())
            .isEqualTo(FormLanguage.variant(source.getKey(), language));
        assertThat(keys(variant)).as(file.toString()).isEqualTo(keys(source.getValue()));
        assertThat(skeleton(variant))
            .as("%s: everything but the texts (types, validation, options, layout)", file)
            .isEqualTo(skeleton(source.getValue()));
      }
    }
  }

  @Test
  void noEnglishIsLeftInATranslation() throws IOException {
    Map<String, String> english = texts(TRANSLATIONS.sources());
    // English words: the English forms' words in the Latin alphabet without diacritics (their
    // Ukrainian and Hungarian examples are no English).
    Set<String> englishWords = new TreeSet<>();
    english.values().forEach(text -> englishWords.addAll(words(text)));
    englishWords.removeIf(word -> !word.matches("[a-z]+"));
    List<String> leftovers = new ArrayList<>();
    for (PlanLanguage language : FormTranslations.TRANSLATED) {
      Map<String, String> translated = texts(variants(language));
      assertThat(translated.keySet()).as(language.name()).isEqualTo(english.keySet());
      for (var text : translated.entrySet()) {
        String original = english.get(text.getKey());
        if (text.getValue().equals(original)) {
          leftovers.add(language + " " + text.getKey() + ": the English text itself");
          continue;
        }
        Set<String> shared = new TreeSet<>(words(text.getValue()));
        shared.retainAll(englishWords);
        shared.removeAll(SHARED_WORDS.get(language));
        if (!shared.isEmpty()) {
          leftovers.add(language + " " + text.getKey() + ": English words " + shared);
        }
      }
    }
    assertThat(leftovers).isEmpty();
  }

  @Test
  void translationsKeepVariablesLinksEmphasisAndHeadings() throws IOException {
    Map<String, String> english = texts(TRANSLATIONS.sources());
    List<String> broken = new ArrayList<>();
    for (PlanLanguage language : FormTranslations.TRANSLATED) {
      for (var text : texts(variants(language)).entrySet()) {
        String original = english.get(text.getKey());
        String translation = text.getValue();
        String where = language + " " + text.getKey();
        if (!all(VARIABLE, translation).equals(all(VARIABLE, original))) {
          broken.add(where + ": variables " + all(VARIABLE, translation));
        }
        if (!all(LINK_TARGET, translation).equals(all(LINK_TARGET, original))) {
          broken.add(where + ": links " + all(LINK_TARGET, translation));
        }
        if (count(translation, "**") != count(original, "**")) {
          broken.add(where + ": ** emphasis");
        }
        if (!heading(translation).equals(heading(original))) {
          broken.add(where + ": heading level");
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  /** The texts of forms keyed as in the translation tables, without the form id's suffix. */
  private static Map<String, String> texts(Map<String, JsonNode> forms) {
    Map<String, String> texts = new LinkedHashMap<>();
    forms.forEach(
        (id, form) -> FormTranslations.texts(id, form, (key, text) -> texts.put(key.key(), text)));
    return texts;
  }

  /** The variants of a language read from disk, by the id of their English form. */
  private static Map<String, JsonNode> variants(PlanLanguage language) throws IOException {
    Map<String, JsonNode> variants = new LinkedHashMap<>();
    for (String id : TRANSLATIONS.sources().keySet()) {
      variants.put(id, JSON.readTree(TRANSLATIONS.file(id, language).toFile()));
    }
    return variants;
  }

  /** The words of a text a reader sees: not its variables, link addresses and currency codes. */
  private static Set<String> words(String text) {
    String visible = VARIABLE.matcher(text).replaceAll(" ");
    visible = LINK_TARGET.matcher(visible).replaceAll("] ");
    visible = CURRENCY_CODE.matcher(visible).replaceAll(" ");
    Set<String> words = new TreeSet<>();
    for (String word : visible.split("[^\\p{L}]+")) {
      if (word.length() >= 3) {
        words.add(word.toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }

  private static List<String> keys(JsonNode form) {
    List<String> keys = new ArrayList<>();
    collectKeys(form.path("components"), keys);
    return keys;
  }

  private static void collectKeys(JsonNode components, List<String> keys) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key")) {
        keys.add(component.get("key").asText());
      }
      collectKeys(component.path("components"), keys);
    }
  }

  /** The form without its id and with every text a person reads blanked. */
  private static JsonNode skeleton(JsonNode form) {
    ObjectNode copy = form.deepCopy();
    copy.remove("id");
    FormTranslations.texts("", copy, (key, text) -> key.set("…"));
    return copy;
  }

  private static List<String> all(Pattern pattern, String text) {
    return pattern.matcher(text).results().map(m -> m.group(1)).sorted().toList();
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }

  private static String heading(String text) {
    return text.startsWith("#") ? text.substring(0, text.indexOf(' ') + 1) : "";
  }
}
