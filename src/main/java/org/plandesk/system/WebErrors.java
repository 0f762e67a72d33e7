package org.plandesk.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestValueException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors of PlanDesk's pages and {@code /api} (everything Spring MVC and the servlet container
 * serve; Camunda's REST has {@link EngineRestErrors}). Every error ends at Spring Boot's {@code
 * /error}, which renders the page {@code templates/error.html} or, for API clients, JSON: {@code
 * {"type": "...", "message": "...", "error": "...", "status": ..., "path": "...", "timestamp":
 * ...}} ({@code error} repeats the message, as the API's own 4xx answers name it).
 *
 * <ul>
 *   <li>An exception no controller advice answered: {@link Failures} decides (a known failure's
 *       4xx, else 500 "Something went wrong. Reference: ..." with the exception logged once, at
 *       ERROR, with that reference).
 *   <li>Spring's own 4xx (an unreadable body, a wrong parameter, an unsupported method), Spring
 *       Security's refusals and the firewall's: their status, with a message that names no class.
 * </ul>
 */
final class WebErrors {

  /** The request attribute that carries the decided answer from the resolver to the error page. */
  static final String ANSWER = WebErrors.class.getName() + ".answer";

  private WebErrors() {}

  /**
   * Decides the answer to an exception that controllers and Spring's own resolvers left unanswered,
   * and sends the error to {@code /error} with it. Runs after them (lowest precedence).
   */
  @Component
  static class UnansweredExceptions implements HandlerExceptionResolver, Ordered {

    @Override
    public ModelAndView resolveException(
        HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
      if (response.isCommitted()) {
        Failures.unexpected(
            ex,
            request.getMethod() + " " + request.getRequestURI() + " (answer already under way)");
        return null;
      }
      Failures.Answer answer =
          Failures.answer(
              ex,
              request.getMethod() + " " + request.getRequestURI(),
              LocaleContextHolder.getLocale());
      request.setAttribute(ANSWER, answer);
      try {
        response.sendError(answer.status());
      } catch (IOException e) {
        return null;
      }
      return new ModelAndView();
    }

    @Override
    public int getOrder() {
      return Ordered.LOWEST_PRECEDENCE;
    }
  }

  /** What {@code /error} shows: the decided answer, never an exception's own message or trace. */
  @Component
  static class ErrorBodies extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(
        WebRequest request, ErrorAttributeOptions options) {
      Failures.Answer answer = answer(request);
      Map<String, Object> body = new LinkedHashMap<>();
      body.put(
          "timestamp",
          super.getErrorAttributes(request, ErrorAttributeOptions.defaults()).get("timestamp"));
      body.put("status", answer.status());
      body.put("type", answer.type());
      body.put("message", answer.message());
      body.put("error", answer.message());
      body.put(
          "path",
          request.getAttribute(
              RequestDispatcher.ERROR_REQUEST_URI, RequestAttributes.SCOPE_REQUEST));
      return body;
    }

    private Failures.Answer answer(WebRequest request) {
      if (request.getAttribute(ANSWER, RequestAttributes.SCOPE_REQUEST)
          instanceof Failures.Answer decided) {
        // The same answer for every rendering of this error (the page, then perhaps JSON).
        return decided;
      }
      Object code =
          request.getAttribute(
              RequestDispatcher.ERROR_STATUS_CODE, RequestAttributes.SCOPE_REQUEST);
      int status = code instanceof Integer i ? i : 500;
      Throwable error = getError(request);
      String method =
          request instanceof ServletWebRequest servlet ? servlet.getRequest().getMethod() : "?";
      String where =
          method
              + " "
              + request.getAttribute(
                  RequestDispatcher.ERROR_REQUEST_URI, RequestAttributes.SCOPE_REQUEST);
      Locale reader = LocaleContextHolder.getLocale();
      Failures.Answer answer;
      if (code == null && error == null) {
        // /error asked for directly: nothing failed, nothing to log.
        answer =
            new Failures.Answer(
                500, Failures.SERVER_ERROR, Text.of("failure.serverError").in(reader));
      } else if (status >= 500) {
        answer =
            error != null
                ? Failures.answer(error, where, reader)
                : Failures.unexpected(
                    new IllegalStateException("Status " + status + " without an exception"),
                    where,
                    reader);
      } else {
        answer =
            new Failures.Answer(
                status, type(status), clientMessage(error, status, request, reader));
      }
      request.setAttribute(ANSWER, answer, RequestAttributes.SCOPE_REQUEST);
      return answer;
    }

    private static String type(int status) {
      return switch (status) {
        case 403 -> "AuthorizationException";
        case 404 -> Failures.NOT_FOUND;
        case 409 -> Failures.CONFLICT;
        default -> Failures.INVALID;
      };
    }

    /**
     * What to fix, in words; Spring's own messages name Java types, so most are said again here.
     */
    private static String clientMessage(
        Throwable error, int status, WebRequest request, Locale reader) {
      String reason = reason(status, reader);
      if (error == null) {
        Object sent =
            request.getAttribute(RequestDispatcher.ERROR_MESSAGE, RequestAttributes.SCOPE_REQUEST);
        // Spring Security's and the container's own words are English: said to an English reader.
        return english(reader)
            ? Failures.shown(sent instanceof String s ? s : null, reason)
            : reason;
      }
      Failures.Answer known = Failures.known(error, reader);
      if (known != null && known.status() == status) {
        return known.message();
      }
      if (error instanceof ResponseStatusException refused && english(reader)) {
        // A controller's own reason is English.
        return Failures.shown(refused.getReason(), reason);
      }
      return said(error).map(t -> t.in(reader)).orElse(reason);
    }

    private static Optional<Text> said(Throwable error) {
      Text text = null;
      if (error instanceof HttpMessageNotReadableException) {
        text = Text.of("failure.json.shape");
      } else if (error instanceof MethodArgumentTypeMismatchException mismatch) {
        text =
            Text.of(
                "failure.web.badValue", String.valueOf(mismatch.getValue()), mismatch.getName());
      } else if (error instanceof MissingServletRequestParameterException missing) {
        text = Text.of("failure.web.missingParameter", missing.getParameterName());
      } else if (error instanceof MissingRequestValueException) {
        text = Text.of("failure.web.missingValue");
      } else if (error instanceof HttpRequestMethodNotSupportedException method) {
        text = Text.of("failure.web.method", method.getMethod());
      } else if (error instanceof HttpMediaTypeNotSupportedException media) {
        text = Text.of("failure.web.contentType", String.valueOf(media.getContentType()));
      } else if (error instanceof HttpMediaTypeNotAcceptableException) {
        text = Text.of("failure.web.notAcceptable");
      } else if (error instanceof NoResourceFoundException) {
        text = Text.of("failure.web.notFound");
      }
      return Optional.ofNullable(text);
    }

    private static boolean english(Locale reader) {
      return Locale.ENGLISH.getLanguage().equals(reader.getLanguage());
    }

    /** The status in words: HTTP's own reason phrase in English, PlanDesk's words otherwise. */
    private static String reason(int status, Locale reader) {
      HttpStatus known = HttpStatus.resolve(status);
      if (english(reader) && known != null) {
        return known.getReasonPhrase();
      }
      return Text.of(
              switch (status) {
                case 400 -> "failure.web.400";
                case 401 -> "failure.web.401";
                case 403 -> "failure.web.403";
                case 404 -> "failure.web.notFound";
                case 405 -> "failure.web.405";
                case 409 -> "failure.web.409";
                default -> "failure.web.refused";
              })
          .in(reader);
    }
  }
}
