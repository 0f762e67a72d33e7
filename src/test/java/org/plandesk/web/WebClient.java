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
  private final CookieManager cookies = new CookieManager();
  private String language;

  public WebClient(int port) {
    this("http://localhost:" + port);
  }

  /** A client of PlanDesk at a base address such as {@code http://127.0.0.1:8089}. */
  public WebClient(String base) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  /**
   * Sends this Accept-Language (e.g. {@code hu, en;q=0.5}) with every page request, as a browser
   * set to it would.
   */
  public WebClient language(String acceptLanguage) {
    this.language = acceptLanguage;
    return this;
  }

  /** The value of the cookie the server set, or null. */
  public String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(java.net.HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  /**
   * A JSON request as the Camunda webapps send it: with the signed-in session and the webapps' CSRF
   * token (the {@code XSRF-TOKEN} cookie echoed in a header).
   */
  public HttpResponse<String> postJsonAsWebapp(String path, String json) {
    return sendAsWebapp("POST", path, json);
  }

  /** Any request as the Camunda webapps send it; {@code json} may be null for none. */
  public HttpResponse<String> sendAsWebapp(String method, String path, String json) {
    var builder =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Accept", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      builder.header("Content-Type", "application/json");
    }
    String token = cookie("XSRF-TOKEN");
    if (token != null) {
      builder.header("X-XSRF-TOKEN", token);
    }
    return send(builder.build());
  }

  public HttpResponse<String> getJson(String path) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Accept", "application/json")
            .GET()
            .build());
  }

  public WebClient signIn(String user, String password) {
    String token = csrf(get("/login").body());
    var response =
        postForm(
            "/login",
            List.of(
                Map.entry("username", user),
                Map.entry("password", password),
                Map.entry("_csrf", token)));
    if (response.statusCode() != 302
        || response.headers().firstValue("Location").orElse("").contains("error")) {
      throw new IllegalStateException("Sign-in of " + user + " failed: " + response.statusCode());
    }
    return this;
  }

  public HttpResponse<String> get(String path) {
    return send(page(path).GET().build());
  }

  public HttpResponse<String> getWithBasic(String path, String user, String password) {
    return api("GET", path, null, user, password);
  }

  public HttpResponse<String> postJson(String path, String json, String user, String password) {
    return api("POST", path, json, user, password);
  }

  /**
   * A call of the JSON API with HTTP Basic (anonymous when user is null) and an optional JSON body.
   */
  public HttpResponse<String> api(
      String method, String path, String json, String user, String password) {
    return send(
        basicRequest(method, path, json, user, password),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A file download through the API with HTTP Basic (anonymous when user is null). */
  public HttpResponse<byte[]> download(String path, String user, String password) {
    return send(
        basicRequest("GET", path, null, user, password), HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpRequest basicRequest(
      String method, String path, String json, String user, String password) {
    var builder =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Accept", "application/json, */*;q=0.8")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      builder.header("Content-Type", "application/json");
    }
    if (user != null) {
      builder.header("Authorization", basic(user, password));
    }
    return builder.build();
  }

  public HttpResponse<String> postForm(String path, List<Map.Entry<String, String>> fields) {
    String body =
        fields.stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        page(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private HttpRequest.Builder page(String path) {
    var builder =
        HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html,*/*;q=0.8");
    if (language != null) {
      builder.header("Accept-Language", language);
    }
    return builder;
  }

  public static String csrf(String page) {
    Matcher m = CSRF.matcher(page);
    if (!m.find()) {
      throw new IllegalStateException("No CSRF token in the page");
    }
    return m.group(1);
  }

  private HttpResponse<String> send(HttpRequest request) {
    return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
    try {
      return http.send(request, body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
