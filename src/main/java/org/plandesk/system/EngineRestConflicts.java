package org.plandesk.system;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;

/**
 * Answers 409 instead of 500 on {@code /engine-rest} when two people act on the same thing at the
 * same moment: a task someone else has just claimed, or a change another transaction made first
 * (the engine's optimistic locking, e.g. two departments completing their input together). Nothing
 * was changed; the caller reloads and tries again. A task that someone else completed between the
 * list and the claim answers 404. Camunda's REST layer calls all of these server errors.
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

  /** A task that is gone (completed or closed meanwhile): 404; any other missing value keeps Camunda's answer. */
  @Provider
  public static class TaskGone implements ExceptionMapper<NullValueException> {
    @Override
    public Response toResponse(NullValueException exception) {
      // The engine's wording for a task id that no longer exists (claim, assign, complete).
      if (exception.getMessage() != null && exception.getMessage().startsWith("Cannot find task with id")) {
        ExceptionDto dto = ExceptionDto.fromException(exception);
        dto.setMessage("The task is no longer open: someone else completed it or it was closed (" + exception.getMessage() + ")");
        return Response.status(Response.Status.NOT_FOUND).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
      }
      return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }
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
