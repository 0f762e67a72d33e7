package org.plandesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskWebTest;
import org.plandesk.security.EngineRestSurface.Endpoint;
import org.plandesk.web.WebClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every endpoint of the engine REST API, for each role, against the table of PlanDesk's rules
 * checked in beside the tests ({@code security/engine-rest-rights.tsv}). An endpoint Camunda adds
 * in a later version has no row, and this test fails until someone decides who may use it.
 *
 * <p>Each role calls each endpoint through both doors ({@code /engine-rest}, also under its named
 * engine, and the Tasklist's {@code /camunda/api/engine}) with ids that exist nowhere: a refusal
 * comes from PlanDesk's rules before the engine, anything else reaches the engine (which then
 * answers 404, 400 or its own 403). The administrator passes PlanDesk's rules by design; the
 * administrator's calls are limited to reads here, so the test changes nothing.
 */
@PlanDeskWebTest
class EngineRestRightsTest {

  private static final String ADMIN_ONLY = EngineApiAttacks.REFUSED_TO_STAFF;
  private static final String AUDITORS_READ = "Auditors read; they change nothing.";
  private static final String NOWHERE = "plandesk-no-such-id";
  private static final List<String> STAFF = List.of("coordinator", "director", "auditor", "anna");

  @LocalServerPort int port;

  private record Row(Endpoint endpoint, String who) {}

  @Test
  void everyEndpointTheStarterExposesHasARow() throws IOException {
    Set<Endpoint> surface = new TreeSet<>();
    for (Endpoint e : EngineRestSurface.endpoints()) {
      // The same resources under a named engine (/engine/{name}/...) follow the same rows.
      surface.add(
          e.path().startsWith("/engine/{name}/")
              ? new Endpoint(e.method(), e.path().substring("/engine/{name}".length()))
              : e);
    }
    Set<Endpoint> rows = new TreeSet<>(table().keySet());

    assertThat(surface).as("endpoints without a row in engine-rest-rights.tsv").isSubsetOf(rows);
    assertThat(rows).as("rows for endpoints the starter does not expose").isSubsetOf(surface);
    assertThat(surface).hasSizeGreaterThan(400);
  }

  @Test
  void eachRoleGetsExactlyWhatTheTableSays() throws IOException {
    Map<Endpoint, String> table = table();
    EngineApiClient rest = new EngineApiClient(port, "admin");
    Map<String, WebClient> tasklist = new LinkedHashMap<>();
    for (String user : STAFF) {
      WebClient signedIn = new WebClient(port).signIn(user, "demo");
      signedIn.get("/camunda/app/tasklist/");
      tasklist.put(user, signedIn);
    }
    List<String> wrong = new ArrayList<>();
    table.forEach(
        (endpoint, who) -> {
          String path = endpoint.path().replaceAll("\\{[^}]+}", NOWHERE);
          for (String user : STAFF) {
            String body =
                "GET".equals(endpoint.method()) || "DELETE".equals(endpoint.method())
                    ? null
                    : "{\"userId\":\"" + user + "\"}";
            Map<String, Function<String, HttpResponse<String>>> doors =
                Map.of(
                    "/engine-rest",
                        p -> rest.call(user, endpoint.method(), "/engine-rest" + p, body),
                    "/engine-rest/engine/default",
                        p ->
                            rest.call(
                                user, endpoint.method(), "/engine-rest/engine/default" + p, body),
                    "/camunda/api/engine/engine/default",
                        p ->
                            tasklist
                                .get(user)
                                .sendAsWebapp(
                                    endpoint.method(),
                                    "/camunda/api/engine/engine/default" + p,
                                    body));
            doors.forEach(
                (door, call) -> {
                  String seen = outcome(call.apply(path));
                  String expected = expected(who, user);
                  if (!seen.equals(expected)) {
                    wrong.add(
                        user
                            + " "
                            + endpoint.method()
                            + " "
                            + door
                            + endpoint.path()
                            + ": expected "
                            + expected
                            + ", got "
                            + seen);
                  }
                });
          }
          if ("GET".equals(endpoint.method())) {
            String seen = outcome(rest.call("admin", "GET", "/engine-rest" + path, null));
            if (!seen.equals("passed")) {
              wrong.add("admin GET " + endpoint.path() + ": " + seen);
            }
          }
        });
    assertThat(wrong).isEmpty();
  }

  private static String expected(String who, String user) {
    return switch (who) {
      case "everyone" -> "passed";
      case "working staff" -> "auditor".equals(user) ? "refused to auditors" : "passed";
      case "administrator" -> "refused to staff";
      default ->
          throw new IllegalArgumentException("Unknown 'who' in engine-rest-rights.tsv: " + who);
    };
  }

  /** Whether PlanDesk's rules refused the call, or it reached the engine. */
  private static String outcome(HttpResponse<String> response) {
    if (response.statusCode() == 401) {
      return "not signed in";
    }
    if (response.statusCode() == 403 && response.body().contains(ADMIN_ONLY)) {
      return "refused to staff";
    }
    if (response.statusCode() == 403 && response.body().contains(AUDITORS_READ)) {
      return "refused to auditors";
    }
    return "passed";
  }

  private static Map<Endpoint, String> table() throws IOException {
    Map<Endpoint, String> rows = new LinkedHashMap<>();
    try (InputStream in =
        EngineRestRightsTest.class.getResourceAsStream("/security/engine-rest-rights.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        rows.put(new Endpoint(cells[0], cells[1]), cells[2].trim());
      }
    }
    return rows;
  }
}
