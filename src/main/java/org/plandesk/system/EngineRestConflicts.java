package org.plandesk.system;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;

/**
 * Answers 409 instead of 500 on {@code /engine-rest} when two people act on the same thing at the
 * same moment: a task someone else has just claimed, a change another transaction made first (the
 * engine's optimistic locking, e.g. two departments completing their input together), or a unique
 * key someone else filled first. Nothing was changed; the caller reloads and tries again. A task
 * that someone else completed between the list and the claim answers 404. Camunda's REST layer
 * calls all of these server errors. The answers themselves come from {@link Failures}; these
 * mappers only claim the exception types from Camunda's own mappers.
 */
public final class EngineRestConflicts {

  private EngineRestConflicts() {}

  /**
   * A task that is gone (completed or closed meanwhile): 404; any other missing value is a server
   * error.
   */
  @Provider
  @Priority(1)
  public static class TaskGone implements ExceptionMapper<NullValueException> {
    @Context private UriInfo uri;
    @Context private Request request;
    @Context private HttpServletRequest servlet;

    @Override
    public Response toResponse(NullValueException exception) {
      return EngineRestErrors.respond(
          exception, EngineRestErrors.where(request, uri), ReaderLocale.of(servlet));
    }
  }

  /** A change that lost the race against another transaction. */
  @Provider
  @Priority(1)
  public static class OptimisticLocking implements ExceptionMapper<OptimisticLockingException> {
    @Context private UriInfo uri;
    @Context private Request request;
    @Context private HttpServletRequest servlet;

    @Override
    public Response toResponse(OptimisticLockingException exception) {
      return EngineRestErrors.respond(
          exception, EngineRestErrors.where(request, uri), ReaderLocale.of(servlet));
    }
  }

  /** A claim of a task someone else holds. */
  @Provider
  @Priority(1)
  public static class AlreadyClaimed implements ExceptionMapper<TaskAlreadyClaimedException> {
    @Context private UriInfo uri;
    @Context private Request request;
    @Context private HttpServletRequest servlet;

    @Override
    public Response toResponse(TaskAlreadyClaimedException exception) {
      return EngineRestErrors.respond(
          exception, EngineRestErrors.where(request, uri), ReaderLocale.of(servlet));
    }
  }
}
