package org.plandesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;

/** Reading and checking the bodies of refusals and errors. */
final class Bodies {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * What a body must never show: SQL, engine and PlanDesk table or index names, class names, stack
   * frames.
   */
  private static final String[] INTERNALS = {
    "SQL",
    "sql",
    "###",
    "ACT_",
    "act_",
    "department_input",
    "plan_version",
    "uq_",
    "constraint",
    "Exception:",
    "java.",
    "javax.",
    "jakarta.",
    "org.",
    "com.fasterxml",
    ".java:",
    "\tat ",
    "h2",
    "H2",
    "PostgreSQL",
    "Batch"
  };

  private Bodies() {}

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (JsonProcessingException e) {
      throw new AssertionError("Not JSON: " + response.body(), e);
    }
  }

  /** The {@code message} of a JSON refusal (Camunda's shape and PlanDesk's). */
  static String message(HttpResponse<String> response) {
    return json(response).path("message").asText();
  }

  static String type(HttpResponse<String> response) {
    return json(response).path("type").asText();
  }

  static void showsNothingOfTheInside(HttpResponse<String> response) {
    String shown = withoutRandomTokens(response.body());
    for (String internal : INTERNALS) {
      assertThat(shown).as("the body names nothing inside").doesNotContain(internal);
    }
  }

  /**
   * The body without the random CSRF token of its forms: a token may spell "H2" or "sql" by chance,
   * and it tells nothing of the inside.
   */
  private static String withoutRandomTokens(String body) {
    return body.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\" value=\"\"");
  }

  /** A JSON string literal of any text (control characters escaped). */
  static String str(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
