package org.plandesk.system;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * PlanDesk's answers on Camunda's REST APIs ({@code /engine-rest} and the webapps' engine API the
 * Tasklist submits its forms to), in Camunda's JSON shape ({@code type}, {@code message}):
 *
 * <ul>
 *   <li>a failure PlanDesk knows ({@link Failures#known}): its 4xx, also when the engine wrapped it
 *       (a refused form 400 instead of Camunda's 500, a conflict 409, an invalid id 400);
 *   <li>Camunda's own client errors (403 with the missing permissions, 404, 400) keep Camunda's
 *       body, unless its message would show SQL or class names;
 *   <li>everything else: 500 {@code {"type":"ServerError","message":"Something went wrong.
 *       Reference: <id>"}}, the exception logged with the reference.
 * </ul>
 *
 * <p>One mapper per exception type Camunda maps itself (Jersey takes the mapper of the closest
 * type, then the highest priority), all answering the same way.
 */
@Provider
@Priority(1)
public class EngineRestErrors implements ExceptionMapper<RestException> {

  @Context private UriInfo uri;
  @Context private Request request;
  @Context private HttpServletRequest servlet;

  @Override
  public Response toResponse(RestException exception) {
    return respond(exception, where(request, uri), ReaderLocale.of(servlet));
  }

  /**
   * The answer to a failure, said in the reader's language.
   *
   * @param where what was asked, for the log
   */
  static Response respond(Throwable failure, String where, Locale reader) {
    if (failure instanceof AuthorizationException) {
      // Camunda's body names the missing permissions; the webapps read them.
      return ExceptionHandlerHelper.getInstance().getResponse(failure);
    }
    Failures.Answer known = Failures.known(failure, reader);
    if (known != null) {
      return response(known, failure);
    }
    var helper = ExceptionHandlerHelper.getInstance();
    Response.Status status = helper.getStatus(failure);
    if (status.getStatusCode() < 500) {
      ExceptionDto dto = helper.fromException(failure);
      // Camunda's own words (404 of an unknown id, ...) are English.
      dto.setMessage(Failures.shown(dto.getMessage(), status.getReasonPhrase()));
      return Response.status(status).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
    return response(Failures.unexpected(failure, where, reader), failure);
  }

  static Response response(Failures.Answer answer, Throwable failure) {
    ExceptionDto dto = new ExceptionDto();
    dto.setType(answer.type());
    dto.setMessage(answer.message());
    if (!answer.serverError()) {
      Throwable engine =
          failure instanceof RestException && failure.getCause() != null
              ? failure.getCause()
              : failure;
      if (engine instanceof ProcessEngineException e) {
        dto.setCode(e.getCode());
      }
    }
    return Response.status(answer.status())
        .entity(dto)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .build();
  }

  static String where(Request request, UriInfo uri) {
    String method = request == null ? "?" : request.getMethod();
    return method + " " + (uri == null ? "?" : uri.getRequestUri().getRawPath());
  }

  /**
   * Whatever else fails (a listener's own exception, a database failure outside the engine's
   * wrapping).
   */
  @Provider
  @Priority(1)
  public static class AnyFailure implements ExceptionMapper<Throwable> {
    @Context private UriInfo uri;
    @Context private Request request;
    @Context private HttpServletRequest servlet;

    @Override
    public Response toResponse(Throwable exception) {
      return respond(exception, where(request, uri), ReaderLocale.of(servlet));
    }
  }

  /** The engine's failures: Camunda answers 500 with the engine's message, which may hold SQL. */
  @Provider
  @Priority(1)
  public static class EngineFailure implements ExceptionMapper<ProcessEngineException> {
    @Context private UriInfo uri;
    @Context private Request request;
    @Context private HttpServletRequest servlet;

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return respond(exception, where(request, uri), ReaderLocale.of(servlet));
    }
  }

  /** A body that is not JSON: 400, without the parser's internals. */
  @Provider
  @Priority(1)
  public static class UnreadableJson implements ExceptionMapper<JsonParseException> {
    @Context private HttpServletRequest servlet;

    @Override
    public Response toResponse(JsonParseException exception) {
      return response(answer(exception, ReaderLocale.of(servlet)), exception);
    }

    static Failures.Answer answer(JsonParseException exception, Locale reader) {
      var location = exception.getLocation();
      Text said =
          location == null
              ? Text.of("failure.json.notJson")
              : Text.of(
                  "failure.json.notJsonAt",
                  String.valueOf(location.getLineNr()),
                  String.valueOf(location.getColumnNr()));
      return new Failures.Answer(400, Failures.INVALID, said.in(reader));
    }
  }

  /**
   * JSON of another shape than the request takes (a number where an object belongs): 400, naming
   * where.
   */
  @Provider
  @Priority(1)
  public static class MisshapenJson implements ExceptionMapper<JsonMappingException> {
    @Context private HttpServletRequest servlet;

    @Override
    public Response toResponse(JsonMappingException exception) {
      Locale reader = ReaderLocale.of(servlet);
      if (exception.getCause() instanceof JsonParseException notJson) {
        return response(UnreadableJson.answer(notJson, reader), notJson);
      }
      String path =
          exception.getPath().stream()
              .map(p -> p.getFieldName() != null ? p.getFieldName() : "[" + p.getIndex() + "]")
              .collect(Collectors.joining("."))
              .replace(".[", "[");
      Text message =
          path.isEmpty() ? Text.of("failure.json.shape") : Text.of("failure.json.shapeAt", path);
      return response(new Failures.Answer(400, Failures.INVALID, message.in(reader)), exception);
    }
  }
}
