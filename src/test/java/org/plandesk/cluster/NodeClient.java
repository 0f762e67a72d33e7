package org.plandesk.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.plandesk.plan.PlanContent;
import org.plandesk.web.EditorFields;
import org.plandesk.web.WebClient;

/**
 * What a user's browser or script sends to one node: Camunda's REST API and PlanDesk's JSON API
 * with HTTP Basic, and the plan editor through a signed-in session (kept per user and node, as a
 * load balancer with sticky sessions keeps a browser on its node).
 */
public final class NodeClient {

  /** A non-2xx answer: the node refused the request (the request reached it and was decided). */
  public static final class Refused extends RuntimeException {
    private final int status;

    Refused(String request, int status, String body) {
      super(request + " answered " + status + ": " + body);
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  private final String base;
  private final String name;
  private final String adminPassword;
  private final Map<String, WebClient> sessions = new ConcurrentHashMap<>();

  public NodeClient(NodeProcess node, String adminPassword) {
    this(node.name(), node.url(), adminPassword);
  }

  public NodeClient(String name, String base, String adminPassword) {
    this.name = name;
    this.base = base;
    this.adminPassword = adminPassword;
  }

  public String name() {
    return name;
  }

  public JsonNode get(String path, String user) {
    return send(request(path, user).GET().build());
  }

  public JsonNode post(String path, String user, Object body) {
    return send(
        request(path, user)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json(body)))
            .build());
  }

  public int status(String path, String user) {
    try {
      return HTTP.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Saves a version's content in the plan editor as the signed-in coordinator (form with CSRF
   * token).
   */
  public void saveContent(long versionId, String fileName, PlanContent content) {
    WebClient coordinator =
        sessions.computeIfAbsent(
            "coordinator", user -> new WebClient(base).signIn(user, NodeSettings.STAFF_PASSWORD));
    String path = "/plans/versions/" + versionId;
    var page = coordinator.get(path);
    if (page.statusCode() != 200) {
      sessions.remove("coordinator"); // e.g. the node restarted and forgot the session
      throw new Refused("GET " + path, page.statusCode(), "");
    }
    var saved =
        coordinator.postForm(
            path, EditorFields.withCsrf(page.body(), EditorFields.of(fileName, content)));
    if (saved.statusCode() != 302) {
      throw new Refused("POST " + path, saved.statusCode(), saved.body());
    }
  }

  private HttpRequest.Builder request(String path, String user) {
    String password = NodeSettings.ADMIN.equals(user) ? adminPassword : NodeSettings.STAFF_PASSWORD;
    String token =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(60))
        .header("Accept", "application/json")
        .header("Authorization", "Basic " + token);
  }

  private JsonNode send(HttpRequest request) {
    try {
      HttpResponse<String> response =
          HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() / 100 != 2) {
        throw new Refused(
            request.method() + " " + request.uri().getPath() + " on " + name,
            response.statusCode(),
            response.body());
      }
      return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(
          request.method() + " " + request.uri() + " on " + name + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String json(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
