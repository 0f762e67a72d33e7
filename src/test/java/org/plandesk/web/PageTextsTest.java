package org.plandesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.plandesk.SeedPlans;
import org.plandesk.audit.VersionComparison;
import org.plandesk.notification.MailKind;
import org.plandesk.notification.MailStatus;
import org.plandesk.plan.PlanContent;
import org.plandesk.plan.PlanLanguage;
import org.plandesk.plan.PlanType;
import org.plandesk.plan.VersionStatus;
import org.plandesk.system.TextBundles;

/**
 * The words of PlanDesk's pages ({@code i18n/pages*.properties}): every language has every text the
 * English bundle has, none empty, each a word of its own (no English left behind in a translation);
 * every text a template names exists; every code a page shows (status, plan type, language, tier,
 * periodicity, section, change, mail status and kind) has a word; every text with placeholders is a
 * valid MessageFormat with its apostrophes doubled, every text without them has none doubled.
 */
class PageTextsTest {

  /**
   * Texts that are the same in English and some other language (Swedish "Version", "Plan"), names
   * and formats, or no words at all.
   */
  private static final Set<String> SAME_IN_SOME_LANGUAGES =
      Set.of(
          "Status",
          "Plan",
          "Message-ID",
          "CSV",
          "Version",
          "Version {0}",
          "Person",
          "Indikator {0}",
          "{0}: {1}",
          "{0} – {1}",
          "{0}, version {1}");

  private static final Path TEMPLATES = Path.of("src/main/resources/templates");

  /** {@code #{key}}, {@code #{key(...)}} and {@code #messages.msg('key', ...)} in a template. */
  private static final Pattern TEMPLATE_KEY =
      Pattern.compile("#\\{([\\w.-]+)[}(]|#messages\\.msg\\('([\\w.-]+)'");

  @ParameterizedTest
  @EnumSource(PlanLanguage.class)
  void everyLanguageHasEveryTextAndAWordForEachMailStatusAndKind(PlanLanguage language) {
    Properties english = bundle(PlanLanguage.en);
    Properties texts = bundle(language);

    TextBundles.assertTranslated(language, english, texts, SAME_IN_SOME_LANGUAGES);
    Arrays.stream(MailStatus.values())
        .forEach(s -> assertThat(texts).containsKey("mail.status." + s));
    Arrays.stream(MailKind.values()).forEach(k -> assertThat(texts).containsKey("mail.kind." + k));
    for (String key : texts.stringPropertyNames()) {
      String text = texts.getProperty(key);
      assertThat(text).as(key).isNotBlank().isEqualTo(text.strip());
      if (text.contains("{0}")) {
        assertThat(new MessageFormat(text).format(new Object[] {"A", "B", "C"}))
            .as(key)
            .doesNotContain("{");
        assertThat(text.replace("''", ""))
            .as("%s has placeholders, so its apostrophes are doubled", key)
            .doesNotContain("'");
      } else {
        assertThat(text)
            .as("%s has no placeholder, so no doubled apostrophe", key)
            .doesNotContain("''");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(PlanLanguage.class)
  void everyCodeAPageShowsHasAWord(PlanLanguage language) {
    Properties texts = bundle(language);
    List<String> keys =
        Stream.of(
                Arrays.stream(VersionStatus.values()).map(s -> "status." + s),
                Arrays.stream(PlanType.values()).map(t -> "planType." + t),
                Arrays.stream(PlanLanguage.values()).map(l -> "language." + l),
                Arrays.stream(PlanContent.Tier.values()).map(t -> "tier." + t),
                Arrays.stream(PlanContent.Periodicity.values()).map(p -> "periodicity." + p),
                Arrays.stream(VersionComparison.Kind.values()).map(k -> "change." + k),
                sections().stream().map(s -> "section." + s),
                rowFields().stream().map(f -> "editor.field." + f),
                Stream.of("strategicGoal", "communicationGoal", "tg", "ai", "mi", "ind")
                    .flatMap(
                        kind ->
                            Stream.of("name", "up", "down", "remove", "add")
                                .map(what -> "editor." + kind + "." + what)))
            .flatMap(s -> s)
            .toList();
    assertThat(keys.stream().filter(key -> !texts.containsKey(key)).toList())
        .as("codes without a word in %s", language)
        .isEmpty();
  }

  @Test
  void everyTextATemplateNamesIsInTheBundle() throws IOException {
    // The pages' message source reads both bundles (spring.messages.basename): the pages' words
    // and those of the plan's living record.
    Properties english = bundle(PlanLanguage.en);
    english.putAll(TextBundles.load("living", PlanLanguage.en));
    Set<String> named = new TreeSet<>();
    try (Stream<Path> templates = Files.list(TEMPLATES)) {
      for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
        Matcher m = TEMPLATE_KEY.matcher(Files.readString(template));
        while (m.find()) {
          String key = m.group(1) != null ? m.group(1) : m.group(2);
          if (!key.endsWith(".")) {
            // A key put together in the template ('status.' + s) is checked by its codes above.
            named.add(key);
          }
        }
      }
    }
    assertThat(named).hasSizeGreaterThan(100);
    assertThat(named.stream().filter(key -> !english.containsKey(key)).toList())
        .as("texts the templates name that the bundle lacks")
        .isEmpty();
  }

  /** Every section the comparison names: a comparison of nothing with two full seed plans. */
  private static Set<String> sections() {
    Set<String> sections = new TreeSet<>();
    for (PlanContent full : List.of(SeedPlans.kulsoKommunikacio(), SeedPlans.lutskProgramme())) {
      VersionComparison.compare(PlanContent.empty(), full).forEach(c -> sections.add(c.section()));
    }
    assertThat(sections).contains("startingPoint", "strategicGoals", "indicators");
    return sections;
  }

  /** The fields of every kind of row the editor shows: the row records' components. */
  private static Set<String> rowFields() {
    Set<String> fields = new TreeSet<>();
    for (Class<?> row :
        List.of(
            PlanContent.TargetGroup.class,
            PlanContent.ActionItem.class,
            PlanContent.MonitoringInstrument.class,
            PlanContent.Indicator.class)) {
      Arrays.stream(row.getRecordComponents()).forEach(c -> fields.add(c.getName()));
    }
    return fields;
  }

  private static Properties bundle(PlanLanguage language) {
    return TextBundles.load("pages", language);
  }
}
