package org.plandesk.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.plandesk.grant.GrantStatus;
import org.plandesk.plan.DepartmentInput;
import org.plandesk.plan.PlanType;
import org.plandesk.plan.VersionStatus;
import org.plandesk.process.DirectorDecision;

/**
 * What a person of another language must not read: the English texts PlanDesk and the Tasklist have
 * translations for (the pages' and living record's bundles, the English Camunda Forms, the
 * Tasklist's {@code en.json}) and the enum constants behind PlanDesk's names. A text counts only
 * where the language's own text differs from it (a funder's name or "E-mail" may be the same word),
 * and only its fragments of two words or more outside placeholders, so that a short word shared by
 * two languages is not mistaken for a left-over.
 */
final class EnglishLeftOver {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}|\\{\\{[^}]*}}|<[^>]*>");
  private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
  private static final Pattern SCREAMING = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");
  private static final List<String> BUNDLES = List.of("i18n/pages", "i18n/living");
  private static final List<String> WEBAPP_LOCALES = List.of("tasklist");

  private final Set<String> english = new LinkedHashSet<>();
  private final Set<String> constants = new LinkedHashSet<>();

  private EnglishLeftOver() {}

  /** The English texts that the language translates into something else. */
  static EnglishLeftOver forReaderOf(String language) {
    EnglishLeftOver leftOver = new EnglishLeftOver();
    Set<String> own = new LinkedHashSet<>();
    Set<String> en = new LinkedHashSet<>();
    for (String bundle : BUNDLES) {
      Properties base = properties(bundle + ".properties");
      Properties translated = properties(bundle + "_" + language + ".properties");
      base.forEach(
          (key, value) -> {
            Object theirs = translated.get(key);
            if (theirs != null && !theirs.equals(value)) {
              en.add((String) value);
              own.add((String) theirs);
            }
          });
    }
    for (String app : WEBAPP_LOCALES) {
      Map<String, String> base =
          flatJson("META-INF/resources/webjars/camunda/app/" + app + "/locales/en.json");
      Map<String, String> translated =
          flatJson(
              "META-INF/resources/webjars/camunda/app/" + app + "/locales/" + language + ".json");
      base.forEach(
          (key, value) -> {
            String theirs = translated.get(key);
            if (theirs != null && !theirs.equals(value)) {
              en.add(value);
              own.add(theirs);
            }
          });
    }
    formTexts(Path.of("forms")).forEach(en::add);
    if (!language.equals("en")) {
      formTexts(Path.of("forms", language)).forEach(own::add);
    }

    for (String text : en) {
      for (String fragment : fragments(text)) {
        if (own.stream().noneMatch(o -> o.contains(fragment))) {
          leftOver.english.add(fragment);
        }
      }
    }
    Stream.of(
            PlanType.values(),
            VersionStatus.values(),
            GrantStatus.values(),
            DirectorDecision.values(),
            DepartmentInput.Status.values())
        .flatMap(Stream::of)
        .map(Enum::name)
        .forEach(leftOver.constants::add);
    return leftOver;
  }

  /** The English texts found in what the page shows, and the enum constants in it. */
  List<String> in(String shown, boolean englishReader) {
    List<String> found = new ArrayList<>();
    if (!englishReader) {
      for (String text : english) {
        if (shown.contains(text)) {
          found.add("English: \"" + text + "\"");
        }
      }
      for (String constant : constants) {
        if (Pattern.compile("\\b" + constant + "\\b").matcher(shown).find()) {
          found.add("constant: " + constant);
        }
      }
    }
    Matcher screaming = SCREAMING.matcher(shown);
    while (screaming.find()) {
      found.add("constant: " + screaming.group());
    }
    return found;
  }

  int size() {
    return english.size();
  }

  /** The parts of a text between placeholders that have two words or more. */
  private static List<String> fragments(String text) {
    List<String> fragments = new ArrayList<>();
    for (String part : PLACEHOLDER.split(text.replace("''", "'"))) {
      String fragment = part.strip().replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
      Matcher words = WORD.matcher(fragment);
      int count = 0;
      while (words.find()) {
        count++;
      }
      if (count >= 2 && fragment.length() >= 8) {
        fragments.add(fragment);
      }
    }
    return fragments;
  }

  private static Properties properties(String resource) {
    Properties properties = new Properties();
    try (InputStream in = EnglishLeftOver.class.getClassLoader().getResourceAsStream(resource)) {
      if (in != null) {
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  private static Map<String, String> flatJson(String resource) {
    Map<String, String> flat = new TreeMap<>();
    try (InputStream in = EnglishLeftOver.class.getClassLoader().getResourceAsStream(resource)) {
      if (in != null) {
        flatten("", new ObjectMapper().readTree(in), flat);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return flat;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> flat) {
    if (node.isTextual()) {
      flat.put(prefix, node.asText());
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      flatten(
          prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(),
          field.getValue(),
          flat);
    }
  }

  /** Labels, texts, descriptions and option labels of the Camunda Forms in a folder. */
  private static List<String> formTexts(Path folder) {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        collect(new ObjectMapper().readTree(file.toFile()), texts);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return texts;
  }

  private static void collect(JsonNode node, List<String> texts) {
    if (node.isObject()) {
      for (String name : List.of("label", "text", "description", "dateLabel", "placeholder")) {
        if (node.path(name).isTextual()) {
          texts.add(node.get(name).asText().replaceAll("[#*_`]", " ").replaceAll("\\s+", " "));
        }
      }
    }
    node.elements().forEachRemaining(child -> collect(child, texts));
  }
}
