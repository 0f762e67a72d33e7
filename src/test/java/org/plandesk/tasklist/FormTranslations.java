package org.plandesk.tasklist;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.plandesk.plan.PlanLanguage;

/**
 * Makes the Camunda Forms of every language from their one source: the English form {@code
 * forms/<id>.form} and the translation table {@code forms/i18n/<lang>.properties}, keyed {@code
 * <form id>.<component key, or id for a text>.<property>} and {@code <form id>.<key>.values.<option
 * value>}. Each variant {@code forms/<lang>/<id>-<lang>.form} is the English form with its id
 * suffixed and its texts translated; keys, types, validation, options' values and layout are the
 * English form's. A text with nothing to translate (only variables and punctuation) is copied.
 *
 * <p>The variants are committed, so the Camunda starter deploys them like any form and the Modeler
 * opens them; {@code FormTranslationsTest} fails when one is out of date. After editing a form or a
 * table, write them again:
 *
 * <pre>
 * mvn -q -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.plandesk.tasklist.FormTranslations
 * </pre>
 */
public final class FormTranslations {

  /** The command that writes the variants again. */
  static final String COMMAND =
      "mvn -q -o test-compile exec:java -Dexec.classpathScope=test"
          + " -Dexec.mainClass=org.plandesk.tasklist.FormTranslations";

  /** Every language but English, which is the source. */
  static final List<PlanLanguage> TRANSLATED =
      Stream.of(PlanLanguage.values()).filter(l -> l != PlanLanguage.en).toList();

  /** Component properties a person reads. */
  static final List<String> TEXTS =
      List.of("label", "description", "text", "dateLabel", "timeLabel", "placeholder");

  private static final Pattern VARIABLE = Pattern.compile("\\{\\{[^}]*}}");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");

  private static final ObjectMapper JSON = new ObjectMapper();

  /** As Camunda Modeler writes forms: two spaces, {@code "key": value}, a final line break. */
  private static final DefaultPrettyPrinter PRINTER =
      new DefaultPrettyPrinter()
          .withSeparators(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                  .withObjectEmptySeparator("")
                  .withArrayEmptySeparator(""))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private final Path forms;

  FormTranslations(Path forms) {
    this.forms = forms;
  }

  public static void main(String[] args) throws IOException {
    new FormTranslations(Path.of("forms")).write();
  }

  /** The English source forms, by id. */
  Map<String, JsonNode> sources() {
    Map<String, JsonNode> sources = new TreeMap<>();
    try (Stream<Path> files = Files.list(forms)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
        JsonNode form = JSON.readTree(file.toFile());
        sources.put(form.path("id").asText(), form);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sources;
  }

  /** The translation table of a language. */
  Properties table(PlanLanguage language) {
    Properties table = new Properties();
    try (Reader in =
        Files.newBufferedReader(
            forms.resolve("i18n").resolve(language.name() + ".properties"),
            StandardCharsets.UTF_8)) {
      table.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return table;
  }

  /** Where a form's variant lives: {@code forms/hu/draft-version-hu.form}. */
  Path file(String formId, PlanLanguage language) {
    return forms.resolve(language.name()).resolve(FormLanguage.variant(formId, language) + ".form");
  }

  /**
   * Every variant's file with its text; fails naming every text without a translation and every
   * translation no form has.
   */
  Map<Path, String> generate() {
    Map<Path, String> files = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    Map<String, JsonNode> sources = sources();
    for (PlanLanguage language : TRANSLATED) {
      Properties table = table(language);
      Set<String> used = new TreeSet<>();
      for (var source : sources.entrySet()) {
        ObjectNode variant = source.getValue().deepCopy();
        variant.put("id", FormLanguage.variant(source.getKey(), language));
        texts(
            source.getKey(),
            variant,
            (key, text) -> {
              String translation = table.getProperty(key.key());
              used.add(key.key());
              if (translation == null) {
                problems.add(language + ": no translation of " + key.key() + " = " + text);
              } else {
                key.set(translation);
              }
            });
        files.put(file(source.getKey(), language), print(variant));
      }
      for (String key : new TreeSet<>(table.stringPropertyNames())) {
        if (!used.contains(key)) {
          problems.add(language + ": " + key + " is in forms/i18n but in no form");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "The translations of the forms are incomplete:\n  " + String.join("\n  ", problems));
    }
    return files;
  }

  /** Writes every variant and removes variants whose English form is gone. */
  void write() throws IOException {
    Map<Path, String> files = generate();
    for (PlanLanguage language : TRANSLATED) {
      Path dir = forms.resolve(language.name());
      Files.createDirectories(dir);
      try (Stream<Path> existing = Files.list(dir)) {
        for (Path stale : existing.filter(p -> !files.containsKey(p)).toList()) {
          Files.delete(stale);
        }
      }
    }
    for (var file : files.entrySet()) {
      Files.writeString(file.getKey(), file.getValue(), StandardCharsets.UTF_8);
    }
    System.out.println("Wrote " + files.size() + " forms under " + forms.toAbsolutePath());
  }

  static String print(JsonNode form) {
    try {
      return JSON.writer(PRINTER).writeValueAsString(form) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A text of a form, where it sits in the translation table, and how to replace it. */
  interface TextKey {
    String key();

    void set(String text);
  }

  /**
   * Visits every text a person reads in the form (labels, descriptions, texts, option labels),
   * leaving out texts with nothing to translate.
   */
  static void texts(String formId, JsonNode form, BiConsumer<TextKey, String> visitor) {
    walk(formId, form.path("components"), visitor);
  }

  private static void walk(
      String formId, JsonNode components, BiConsumer<TextKey, String> visitor) {
    for (JsonNode node : components) {
      ObjectNode component = (ObjectNode) node;
      String name = component.hasNonNull("key") ? component.get("key").asText() : id(component);
      for (String property : TEXTS) {
        String text = component.path(property).asText(null);
        if (text != null && translatable(text)) {
          visitor.accept(
              key(formId + "." + name + "." + property, t -> component.put(property, t)), text);
        }
      }
      for (JsonNode value : component.path("values")) {
        ObjectNode option = (ObjectNode) value;
        visitor.accept(
            key(
                formId + "." + name + ".values." + option.path("value").asText(),
                t -> option.put("label", t)),
            option.path("label").asText());
      }
      walk(formId, component.path("components"), visitor);
    }
  }

  private static String id(JsonNode component) {
    if (!component.hasNonNull("id")) {
      throw new IllegalStateException("A form component has neither key nor id: " + component);
    }
    return component.get("id").asText();
  }

  /** Whether a text has words: letters outside its {@code {{variables}}}. */
  static boolean translatable(String text) {
    return LETTER.matcher(VARIABLE.matcher(text).replaceAll("")).find();
  }

  private static TextKey key(String key, java.util.function.Consumer<String> setter) {
    return new TextKey() {
      @Override
      public String key() {
        return key;
      }

      @Override
      public void set(String text) {
        setter.accept(text);
      }
    };
  }
}
