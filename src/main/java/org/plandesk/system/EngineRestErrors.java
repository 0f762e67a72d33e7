package org.plandesk.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Answers 400 instead of 500 on Camunda's REST APIs when a PlanDesk rule refused a start or task
 * form (the engine wraps listener and delegate failures, so the REST layer would call them server
 * errors), and 409 when the failure was a conflict with another user ({@link EngineRestConflicts}).
 * Every other error keeps Camunda's own status and body.
 */
@Provider
@Priority(1)
public class EngineRestErrors implements ExceptionMapper<RestException> {

  @Override
  public Response toResponse(RestException exception) {
    FormFieldValidationException refused = findRefusal(exception);
    if (refused != null) {
      ExceptionDto dto = ExceptionDto.fromException(refused);
      dto.setType("InvalidRequestException");
      return Response.status(Response.Status.BAD_REQUEST).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
    var conflict = EngineRestConflicts.find(exception);
    if (conflict != null) {
      return EngineRestConflicts.response(conflict);
    }
    Response.Status status =
        exception.getStatus() == null ? Response.Status.INTERNAL_SERVER_ERROR : exception.getStatus();
    return Response.status(status)
        .entity(ExceptionDto.fromException(exception))
        .type(MediaType.APPLICATION_JSON_TYPE)
        .build();
  }

  private static FormFieldValidationException findRefusal(Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof FormFieldValidationException refusal) {
        return refusal;
      }
    }
    return null;
  }
}
