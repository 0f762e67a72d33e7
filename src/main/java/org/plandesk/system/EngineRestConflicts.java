package org.plandesk.system;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;

/**
 * Answers 409 instead of 500 on {@code /engine-rest} when two people act on the same thing at the
 * same moment: a task someone else has just claimed, or a change another transaction made first
 * (the engine's optimistic locking, e.g. two departments completing their input together). Nothing
 * was changed; the caller reloads and tries again. Camunda's REST layer calls both server errors.
 */
public final class EngineRestConflicts {

  private EngineRestConflicts() {}

  /** The conflict behind an engine failure, or null when there is none. */
  static ProcessEngineException find(Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof OptimisticLockingException || t instanceof TaskAlreadyClaimedException) {
        return (ProcessEngineException) t;
      }
    }
    return null;
  }

  static Response response(ProcessEngineException conflict) {
    ExceptionDto dto = ExceptionDto.fromException(conflict);
    if (conflict instanceof OptimisticLockingException) {
      dto.setMessage("Someone else changed this at the same moment, so nothing was saved: reload and try again ("
          + conflict.getMessage() + ")");
    }
    return Response.status(Response.Status.CONFLICT).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  /** A change that lost the race against another transaction. */
  @Provider
  public static class OptimisticLocking implements ExceptionMapper<OptimisticLockingException> {
    @Override
    public Response toResponse(OptimisticLockingException exception) {
      return response(exception);
    }
  }

  /** A claim of a task someone else holds. */
  @Provider
  public static class AlreadyClaimed implements ExceptionMapper<TaskAlreadyClaimedException> {
    @Override
    public Response toResponse(TaskAlreadyClaimedException exception) {
      return response(exception);
    }
  }
}
