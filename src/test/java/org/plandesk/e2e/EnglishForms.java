package org.plandesk.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of an English Camunda Form ({@code forms/<id>.form}): its fields' labels, date labels,
 * descriptions and options, for checking that a form in another language shows none of them.
 */
final class EnglishForms {

  private EnglishForms() {}

  /** Every label, date label, description and option label of the form longer than 3 letters. */
  static List<String> labels(String formId) {
    try {
      JsonNode form = new ObjectMapper().readTree(Path.of("forms", formId + ".form").toFile());
      List<String> labels = new ArrayList<>();
      collect(form.path("components"), labels);
      return labels.stream().filter(l -> l.strip().length() > 3).distinct().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collect(JsonNode components, List<String> labels) {
    for (JsonNode c : components) {
      for (String field : List.of("label", "dateLabel", "description")) {
        if (c.hasNonNull(field)) {
          labels.add(c.get(field).asText());
        }
      }
      for (JsonNode value : c.path("values")) {
        labels.add(value.path("label").asText());
      }
      collect(c.path("components"), labels);
    }
  }
}
