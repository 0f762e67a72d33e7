package org.plandesk.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Answers with the client's part instead of 500 on {@code /engine-rest} where the request, not the
 * server, decided the outcome (the engine wraps listener and delegate failures, so the REST layer
 * would call them server errors):
 *
 * <ul>
 *   <li>400 when a PlanDesk rule refused a start or task form;
 *   <li>409 when the same process changed at the same moment in another transaction (a timer
 *       firing while a department submits its input, another node, another user): nothing was
 *       changed and submitting again works.
 * </ul>
 *
 * Every other error keeps Camunda's own status and body.
 */
@Provider
@Priority(1)
public class EngineRestErrors implements ExceptionMapper<RestException> {

  @Override
  public Response toResponse(RestException exception) {
    FormFieldValidationException refused = find(exception, FormFieldValidationException.class);
    if (refused != null) {
      ExceptionDto dto = ExceptionDto.fromException(refused);
      dto.setType("InvalidRequestException");
      return Response.status(Response.Status.BAD_REQUEST).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
    OptimisticLockingException concurrent = find(exception, OptimisticLockingException.class);
    if (concurrent != null) {
      ExceptionDto dto = ExceptionDto.fromException(concurrent);
      dto.setMessage("Changed at the same moment by someone else or by PlanDesk itself; nothing was saved."
          + " Please submit again. (" + concurrent.getMessage() + ")");
      return Response.status(Response.Status.CONFLICT).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
    Response.Status status =
        exception.getStatus() == null ? Response.Status.INTERNAL_SERVER_ERROR : exception.getStatus();
    return Response.status(status)
        .entity(ExceptionDto.fromException(exception))
        .type(MediaType.APPLICATION_JSON_TYPE)
        .build();
  }

  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
