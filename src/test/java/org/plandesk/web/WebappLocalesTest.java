package org.plandesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The words of the Camunda webapps (Tasklist, Cockpit, Admin and Welcome, which holds "My profile")
 * in PlanDesk's six languages: {@code app/<app>/locales/<lang>.json} next to PlanDesk's {@code
 * config.js} of each webapp, checked key for key against the English file of the Camunda 7.24
 * webjar on the classpath. Every key is there (nested objects too), no key more, no value empty
 * where the English one has words, the same {@code {{placeholders}}} as in English, no English
 * sentence left untranslated; each {@code config.js} offers the six languages and loads the script
 * that follows the user's PlanDesk language.
 */
class WebappLocalesTest {

  private static final String APPS = "META-INF/resources/webjars/camunda/app/";
  private static final List<String> LANGUAGES = List.of("en", "hu", "lt", "sv", "ru", "uk");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}");

  /** Two words of English in a row: a phrase, which a translation does not keep as it is. */
  private static final Pattern ENGLISH_PHRASE = Pattern.compile("[A-Za-z]{3,}\\s+[a-z]{3,}");

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyLanguageHasEveryKeyOfTheEnglishFile(String app) throws IOException {
    String englishFile = APPS + app + "/locales/en.json";
    assertThat(resource(englishFile).toString())
        .as("%s comes from Camunda's 7.24 webjar", englishFile)
        .contains("camunda-webapp-webjar-7.24.");
    JsonNode english = json(englishFile);
    assertThat(english.path("labels").size())
        .as("%s: the Camunda 7.24 webjar's English labels", englishFile)
        .isGreaterThan(100);

    List<String> problems = new ArrayList<>();
    for (String language : LANGUAGES) {
      String file = APPS + app + "/locales/" + language + ".json";
      compare(problems, file, "", english, json(file));
    }
    assertThat(problems).as("problems in the %s locale files (file: key ...)", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void configOffersTheSixLanguagesAndFollowsTheUsersLanguage(String app) throws IOException {
    String file = APPS + app + "/scripts/config.js";
    String config = text(file);

    Matcher available = Pattern.compile("availableLocales\\s*:\\s*\\[([^]]*)]").matcher(config);
    assertThat(available.find()).as("%s: locales.availableLocales", file).isTrue();
    assertThat(quoted(available.group(1)))
        .as("%s: locales.availableLocales", file)
        .containsExactlyInAnyOrderElementsOf(LANGUAGES);
    assertThat(config)
        .as("%s: locales.fallbackLocale", file)
        .containsPattern("fallbackLocale\\s*:\\s*'en'");

    Matcher scripts = Pattern.compile("customScripts\\s*:\\s*\\[([^]]*)]").matcher(config);
    assertThat(scripts.find()).as("%s: customScripts", file).isTrue();
    assertThat(quoted(scripts.group(1)))
        .as("%s: customScripts", file)
        .contains("../plandesk/plandesk-locale.js");
    String script = APPS + "plandesk/plandesk-locale.js";
    assertThat(text(script))
        .as("%s asks for the user's language", script)
        .contains("/api/me/language");
  }

  /**
   * {@code english} and {@code translated} at {@code path}: the same keys, a value for each. A list
   * of moment.js (month or day names) may come in moment's {@code {format, standalone}} form: "6
   * грудня" but "грудень".
   */
  private static void compare(
      List<String> problems, String file, String path, JsonNode english, JsonNode translated) {
    if (english.isObject()) {
      if (!translated.isObject()) {
        problems.add(file + ": key " + label(path) + " is not an object like the English one");
        return;
      }
      Set<String> keys = fieldNames(english);
      for (String key : fieldNames(translated)) {
        if (!keys.contains(key)) {
          problems.add(file + ": key " + child(path, key) + " is not in the English file");
        }
      }
      for (String key : keys) {
        if (!translated.has(key)) {
          problems.add(file + ": key " + child(path, key) + " is missing");
        } else {
          compare(problems, file, child(path, key), english.get(key), translated.get(key));
        }
      }
    } else if (english.isArray()) {
      if (translated.isObject()) {
        if (!fieldNames(translated).equals(Set.of("format", "standalone"))) {
          problems.add(file + ": key " + path + " is neither a list nor {format, standalone}");
        }
        compareList(problems, file, path + ".format", english, translated.path("format"));
        compareList(problems, file, path + ".standalone", english, translated.path("standalone"));
      } else {
        compareList(problems, file, path, english, translated);
      }
    } else if (english.isNumber()) {
      if (!translated.isNumber()) {
        problems.add(file + ": key " + path + " is not a number like in English");
      }
    } else {
      compareText(problems, file, path, english.asText(), translated);
    }
  }

  private static void compareList(
      List<String> problems, String file, String path, JsonNode english, JsonNode translated) {
    if (!translated.isArray() || translated.size() != english.size()) {
      problems.add(file + ": key " + path + " is not a list of " + english.size());
      return;
    }
    for (int i = 0; i < translated.size(); i++) {
      if (translated.get(i).asText().isBlank()) {
        problems.add(file + ": key " + path + "[" + i + "] has no value");
      }
    }
  }

  private static void compareText(
      List<String> problems, String file, String key, String english, JsonNode translated) {
    String text = translated.asText();
    if (!translated.isTextual()) {
      problems.add(file + ": key " + key + " is not a text");
    } else if (english.isBlank()) {
      // Empty in Camunda's English file too (Tasklist NO_TASK_FORM): nothing to translate.
      if (!text.isBlank()) {
        problems.add(file + ": key " + key + " is not empty like in English");
      }
    } else if (text.isBlank()) {
      problems.add(file + ": key " + key + " has no value");
    } else if (!placeholders(text).equals(placeholders(english))) {
      problems.add(
          file
              + ": key "
              + key
              + " has placeholders "
              + placeholders(text)
              + ", English "
              + placeholders(english));
    } else if (!file.endsWith("/en.json")
        && ENGLISH_PHRASE.matcher(english).find()
        && text.equals(english)) {
      problems.add(file + ": key " + key + " is English: " + english);
    }
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new LinkedHashSet<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  private static List<String> quoted(String list) {
    List<String> values = new ArrayList<>();
    Matcher matcher = Pattern.compile("['\"]([^'\"]*)['\"]").matcher(list);
    while (matcher.find()) {
      values.add(matcher.group(1));
    }
    return values;
  }

  private static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private static String label(String path) {
    return path.isEmpty() ? "the top level" : path;
  }

  private static JsonNode json(String resource) throws IOException {
    return JSON.readTree(text(resource));
  }

  private static URL resource(String name) {
    URL url = WebappLocalesTest.class.getClassLoader().getResource(name);
    assertThat(url).as("%s on the classpath", name).isNotNull();
    return url;
  }

  /** A classpath resource as text, without the byte order mark Camunda's files start with. */
  private static String text(String resource) throws IOException {
    try (InputStream in = resource(resource).openStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
  }
}
