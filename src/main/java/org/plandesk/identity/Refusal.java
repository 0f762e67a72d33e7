package org.plandesk.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refused engine API request, answered in Camunda's error shape so the Tasklist shows the
 * message.
 */
record Refusal(int status, String type, String message) {

  static Refusal forbidden(String message) {
    return new Refusal(HttpServletResponse.SC_FORBIDDEN, "AuthorizationException", message);
  }

  static Refusal badRequest(String message) {
    return new Refusal(HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException", message);
  }

  static Refusal tooLarge() {
    return new Refusal(413, "InvalidRequestException", "The request is too large.");
  }

  void send(HttpServletResponse response, ObjectMapper json) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    Map<String, String> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    json.writeValue(response.getOutputStream(), body);
  }
}
