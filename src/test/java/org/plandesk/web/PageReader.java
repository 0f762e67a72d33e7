package org.plandesk.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Reads PlanDesk's pages through real HTTP as a browser of one user would, with HTTP Basic (the
 * pages take it as well as the sign-in form) and the browser's languages; no redirect is followed,
 * so a refusal or the way to the sign-in page shows as it is.
 */
public final class PageReader {

  private final String base;
  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  public PageReader(int port) {
    this.base = "http://localhost:" + port;
  }

  /** A page as this user (password {@code demo}; null: not signed in), in this browser language. */
  public HttpResponse<String> get(String path, String user, String acceptLanguage) {
    var request =
        HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html,*/*;q=0.8");
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    if (user != null) {
      request.header("Authorization", basic(user));
    }
    return send(request.GET().build());
  }

  /** A form posted as this user, without a CSRF token unless the fields carry one. */
  public HttpResponse<String> post(String path, String user, String form) {
    var request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Accept", "text/html,*/*;q=0.8")
            .header("Content-Type", "application/x-www-form-urlencoded");
    if (user != null) {
      request.header("Authorization", basic(user));
    }
    return send(request.POST(HttpRequest.BodyPublishers.ofString(form)).build());
  }

  /** A page that must answer 200, in English. */
  public String page(String path, String user) {
    return page(path, user, "en");
  }

  /** A page that must answer 200. */
  public String page(String path, String user, String acceptLanguage) {
    HttpResponse<String> response = get(path, user, acceptLanguage);
    if (response.statusCode() != 200) {
      throw new AssertionError(
          path + " as " + user + ": " + response.statusCode() + "\n" + response.body());
    }
    return response.body();
  }

  /** A path segment as a browser writes it (plan codes have spaces and letters of every script). */
  public static String segment(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String basic(String user) {
    return "Basic "
        + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }
}
