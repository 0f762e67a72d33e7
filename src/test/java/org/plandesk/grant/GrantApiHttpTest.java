package org.plandesk.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskWebTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Grant requests through real HTTP: prepared through engine-rest (rules refused with 400 and the
 * reason), listed and shown through /api/grants (401 without credentials, 404 for an unknown id).
 */
@PlanDeskWebTest
class GrantApiHttpTest {

  private static final String START =
      "/engine-rest/process-definition/key/grant-request/submit-form";

  @LocalServerPort int port;
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> send(String method, String path, String body, String user)
      throws Exception {
    var builder =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      builder.header("Content-Type", "application/json");
    }
    if (user != null) {
      String password = user.equals("nobody") ? "wrong" : "demo";
      builder.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String startForm(String title, String currency, String amount) {
    return """
        {"variables":{"grantTitle":{"value":"%s"},"funder":{"value":"Erasmus+"},
         "amountRequested":{"value":%s,"type":"Double"},"currency":{"value":"%s"},
         "ownContribution":{"value":0,"type":"Long"},"purpose":{"value":"Staff mobility"},
         "expectedResults":{"value":"12 librarians trained"},"funderDeadline":{"value":"%s"},
         "responsible":{"value":"anna"}}}"""
        .formatted(title, amount, currency, LocalDate.now().plusDays(30));
  }

  @Test
  void grantApiNeedsCredentials() throws Exception {
    assertThat(send("GET", "/api/grants", null, null).statusCode()).isEqualTo(401);
    assertThat(send("GET", "/api/grants/1", null, null).statusCode()).isEqualTo(401);
    assertThat(send("GET", "/api/grants", null, "nobody").statusCode()).isEqualTo(401);
    assertThat(send("POST", START, startForm("X", "EUR", "1"), null).statusCode()).isEqualTo(401);
  }

  @Test
  void aRequestThatBreaksARuleGets400AndAValidOneIsListedAndShown() throws Exception {
    var badCurrency = send("POST", START, startForm("HTTP grant", "EURO", "5000.5"), "anna");
    assertThat(badCurrency.statusCode()).isEqualTo(400);
    assertThat(badCurrency.body()).contains("not an ISO 4217 currency code");
    var negative = send("POST", START, startForm("HTTP grant", "EUR", "-5"), "anna");
    assertThat(negative.statusCode()).isEqualTo(400);
    assertThat(negative.body()).contains("Amount requested must be more than 0");
    assertThat(send("GET", "/api/grants", null, "auditor").body()).doesNotContain("HTTP grant");

    var started = send("POST", START, startForm("HTTP grant", "EUR", "5000.5"), "anna");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);

    var list = send("GET", "/api/grants", null, "auditor");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body())
        .contains("\"title\":\"HTTP grant\"", "\"status\":\"IN_APPROVAL\"", "\"currency\":\"EUR\"");
    Matcher id =
        Pattern.compile("\"id\":(\\d+),\"status\":\"IN_APPROVAL\",\"title\":\"HTTP grant\"")
            .matcher(list.body());
    assertThat(id.find()).as(list.body()).isTrue();
    assertThat(send("GET", "/api/grants?status=IN_APPROVAL", null, "peter").body())
        .contains("HTTP grant");
    assertThat(send("GET", "/api/grants?status=CLOSED", null, "peter").body())
        .doesNotContain("HTTP grant");
    assertThat(send("GET", "/api/grants?status=LOST", null, "peter").statusCode()).isEqualTo(400);

    var one = send("GET", "/api/grants/" + id.group(1), null, "director");
    assertThat(one.statusCode()).isEqualTo(200);
    assertThat(one.body())
        .contains(
            "\"amountRequested\":5000.5",
            "\"kind\":\"PREPARED\"",
            "\"actor\":\"anna\"",
            "\"obligations\":[]");
    var missing = send("GET", "/api/grants/987654", null, "director");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("There is no grant request 987654");
    assertThat(send("POST", "/api/grants", "{}", "director").statusCode())
        .as("read only")
        .isEqualTo(403);
  }
}
