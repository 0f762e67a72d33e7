package org.plandesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: every field of every Camunda Form PlanDesk deploys, in every language, has a label a
 * screen reader reads out (WCAG 1.3.1, 3.3.2, 4.1.2): form-js renders a field's {@code label} (a
 * date field's {@code dateLabel}, a time field's {@code timeLabel}) as its {@code <label for>}, and
 * without one the field is announced as "edit text" alone. So are the options of a radio group,
 * checklist or select written in the form.
 */
class FormLabelsTest {

  private static final Path FORMS = Path.of("forms");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The form-js components a person fills in (texts, headings and spacers are not). */
  private static final Set<String> INPUTS =
      Set.of(
          "textfield",
          "textarea",
          "number",
          "datetime",
          "select",
          "radio",
          "checkbox",
          "checklist",
          "taglist");

  @Test
  void everyFieldOfEveryFormInEveryLanguageHasALabel() throws IOException {
    List<Path> forms = forms();
    assertThat(forms)
        .as("the English forms and their five translations")
        .hasSizeGreaterThanOrEqualTo(15 * 6);
    List<String> unlabelled = new ArrayList<>();
    int fields = 0;
    for (Path form : forms) {
      fields += unlabelled(form, JSON.readTree(form.toFile()).path("components"), unlabelled);
    }
    assertThat(fields).as("fields checked").isGreaterThan(forms.size());
    assertThat(unlabelled).as("fields or options without a label").isEmpty();
  }

  private static List<Path> forms() throws IOException {
    try (Stream<Path> files = Files.walk(FORMS)) {
      return files.filter(f -> f.toString().endsWith(".form")).sorted().toList();
    }
  }

  /** Adds each unlabelled field of the components (and of their groups); returns the count. */
  private static int unlabelled(Path form, JsonNode components, List<String> unlabelled) {
    int fields = 0;
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      String where = form + " " + component.path("key").asText(component.path("id").asText());
      if (INPUTS.contains(type)) {
        fields++;
        labels(type, component).stream()
            .filter(key -> component.path(key).asText().isBlank())
            .forEach(key -> unlabelled.add(where + " (" + type + ", no " + key + ")"));
        for (JsonNode option : component.path("values")) {
          if (option.path("label").asText().isBlank()) {
            unlabelled.add(where + " option " + option.path("value").asText() + " (no label)");
          }
        }
      }
      fields += unlabelled(form, component.path("components"), unlabelled);
    }
    return fields;
  }

  /** The label attributes a field shows: a date and time picker has one for each part. */
  private static List<String> labels(String type, JsonNode component) {
    if (!type.equals("datetime")) {
      return List.of("label");
    }
    String subtype = component.path("subtype").asText("date");
    return switch (subtype) {
      case "time" -> List.of("timeLabel");
      case "datetime" -> List.of("dateLabel", "timeLabel");
      default -> List.of("dateLabel");
    };
  }
}
