package org.plandesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.plandesk.plan.PlanRuleViolation;
import org.plandesk.plan.TextRules;
import org.plandesk.system.Text;

/**
 * The Camunda Forms refuse in the Tasklist what the server refuses: every text field carries the
 * pattern of its kind (plan code, one line, several lines), and each pattern agrees with the
 * server's rule on the seeds' scripts and on what must never pass.
 */
class FormPatternsTest {

  private static final List<String> GOOD_CODES =
      List.of(
          "KÜLSŐ KOMM",
          "ЛУЦЬК-2026",
          "Програма_Луцьк.1",
          "Kauno ŽĮ-3",
          "Åtgärdsplan 2026",
          "ЇЖАК є ґ",
          "2026.1");
  private static final List<String> BAD_CODES =
      List.of(
          "../../etc",
          "A/B",
          "A\\B",
          "..",
          ".A",
          "-A",
          "A..B",
          "A\u0000",
          "A\tB",
          "A?B",
          "A#B",
          "A%2F",
          "A;B",
          "A<B",
          "A\"B");

  record Field(String form, String key, String type, String pattern) {}

  private static List<Field> textFields() throws IOException {
    List<Field> fields = new ArrayList<>();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
        collect(
            form.getFileName().toString(),
            new ObjectMapper().readTree(form.toFile()).path("components"),
            fields);
      }
    }
    return fields;
  }

  private static void collect(String form, JsonNode components, List<Field> fields) {
    for (JsonNode c : components) {
      String type = c.path("type").asText();
      if (type.equals("textfield") || type.equals("textarea")) {
        fields.add(
            new Field(
                form,
                c.path("key").asText(),
                type,
                c.path("validate").path("pattern").asText(null)));
      }
      collect(form, c.path("components"), fields);
    }
  }

  /**
   * A form pattern as form-js runs it ({@code new RegExp(pattern).test(value)}): the same syntax in
   * Java (no {@code \p} classes, {@code \\u} escapes), but JavaScript's {@code $} matches only at
   * the very end, Java's also before a last line break.
   */
  private static Pattern asInTheBrowser(String pattern) {
    assertThat(pattern).endsWith("$");
    return Pattern.compile(pattern.substring(0, pattern.length() - 1) + "\\z");
  }

  @Test
  void everyTextFieldOfEveryFormCarriesThePatternOfItsKind() throws IOException {
    List<Field> fields = textFields();
    assertThat(fields).hasSizeGreaterThan(30);
    for (Field f : fields) {
      String expected =
          switch (f.key()) {
            case "planCode" -> TextRules.PLAN_CODE_FORM_PATTERN;
            case "currency" -> "^[A-Z]{3}$";
            default ->
                f.type().equals("textfield")
                    ? TextRules.ONE_LINE_FORM_PATTERN
                    : TextRules.MULTI_LINE_FORM_PATTERN;
          };
      assertThat(f.pattern()).as(f.form() + " " + f.key()).isEqualTo(expected);
    }
  }

  @Test
  void theFormsPlanCodePatternAndTheServerAgree() {
    Pattern form = asInTheBrowser(TextRules.PLAN_CODE_FORM_PATTERN);
    for (String code : GOOD_CODES) {
      assertThat(form.matcher(code).find()).as(code).isTrue();
      assertThat(TextRules.planCode(code, Text.of("field.planCode"))).isEqualTo(code);
    }
    for (String code : BAD_CODES) {
      assertThat(form.matcher(code).find()).as(code).isFalse();
      assertThatThrownBy(() -> TextRules.planCode(code, Text.of("field.planCode")))
          .as(code)
          .isInstanceOf(PlanRuleViolation.class);
    }
  }

  @Test
  void theFormsTextPatternsAndTheServerAgree() {
    Pattern oneLine = asInTheBrowser(TextRules.ONE_LINE_FORM_PATTERN);
    Pattern multiLine = asInTheBrowser(TextRules.MULTI_LINE_FORM_PATTERN);
    for (String ok :
        List.of(
            "Külső kommunikációs terv", "Програма «Луцьк» — 2026", "Åtgärd: 50 % av målet", "")) {
      assertThat(oneLine.matcher(ok).find()).as(ok).isTrue();
      assertThat(TextRules.oneLineProblem(ok)).isNull();
    }
    for (String bad :
        List.of(
            "A\u0000", "A\nB", "A\rB", "A\tB", "A\u001bB", "A\u007fB", "A\u0085B", "A\u2028B")) {
      assertThat(oneLine.matcher(bad).find()).as(bad).isFalse();
      assertThat(TextRules.oneLineProblem(bad)).as(bad).isNotNull();
    }
    for (String ok : List.of("Első sor\r\n\tMásodik sor", "Один\nДва")) {
      assertThat(multiLine.matcher(ok).find()).as(ok).isTrue();
      assertThat(TextRules.multiLineProblem(ok)).isNull();
    }
    for (String bad : List.of("A\u0000", "A\u0007", "A\u000bB", "A\u001bB", "A\u007f", "A\u0085")) {
      assertThat(multiLine.matcher(bad).find()).as(bad).isFalse();
      assertThat(TextRules.multiLineProblem(bad)).as(bad).isNotNull();
    }
  }
}
