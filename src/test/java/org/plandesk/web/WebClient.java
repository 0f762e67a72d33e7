package org.plandesk.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for tests: keeps the session cookie, signs in through the login form
 * and sends the page's CSRF token with every form, as a browser would.
 */
public final class WebClient {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

  private final String base;
  private final HttpClient http;

  WebClient(int port) {
    this("http://localhost:" + port);
  }

  public WebClient(String base) {
    this.base = base;
    this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  public WebClient signIn(String user, String password) {
    String token = csrf(get("/login").body());
    var response = postForm("/login", List.of(Map.entry("username", user), Map.entry("password", password), Map.entry("_csrf", token)));
    if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
      throw new IllegalStateException("Sign-in of " + user + " failed: " + response.statusCode());
    }
    return this;
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html,*/*;q=0.8").GET().build());
  }

  public HttpResponse<String> getWithBasic(String path, String user, String password) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic(user, password)).GET().build());
  }

  public HttpResponse<String> postJson(String path, String json, String user, String password) {
    var builder = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
    if (user != null) {
      builder.header("Authorization", basic(user, password));
    }
    return send(builder.build());
  }

  public HttpResponse<String> postForm(String path, List<Map.Entry<String, String>> fields) {
    String body = fields.stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  public static String csrf(String page) {
    Matcher m = CSRF.matcher(page);
    if (!m.find()) {
      throw new IllegalStateException("No CSRF token in the page");
    }
    return m.group(1);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
