package org.plandesk.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Calls Camunda's engine REST API over real HTTP as a member of staff, with HTTP Basic. */
final class EngineApiClient {

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;
  private final String adminPassword;

  EngineApiClient(int port, String adminPassword) {
    this.base = "http://localhost:" + port;
    this.adminPassword = adminPassword;
  }

  HttpResponse<String> call(String user, String method, String path, String json) {
    var request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Accept", "application/json")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            (user + ":" + password(user)).getBytes(StandardCharsets.UTF_8)));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    request.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String password(String user) {
    return "admin".equals(user) ? adminPassword : "demo";
  }
}
