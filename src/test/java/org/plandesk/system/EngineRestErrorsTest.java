package org.plandesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;

/** The status a REST client gets when the engine refused its request. */
class EngineRestErrorsTest {

  private final EngineRestErrors errors = new EngineRestErrors();

  @Test
  void aFormSubmittedWhileTheSameProcessChangedElsewhereIsAConflictToSubmitAgainNotAServerError() {
    // What the task resource throws when a timer of the same process committed first (seen in the
    // crash run).
    var concurrent =
        new OptimisticLockingException(
            "ENGINE-03005 Execution of 'DELETE ExecutionEntity[1348]' failed. Entity was updated by another transaction concurrently.");
    var exception =
        new RestException(
            Response.Status.INTERNAL_SERVER_ERROR,
            new ProcessEngineException("wrapped by the engine", concurrent),
            "Cannot submit task form 1348");

    Response response = errors.toResponse(exception);

    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(((ExceptionDto) response.getEntity()).getMessage())
        .startsWith("Someone else changed this at the same moment")
        .contains("try again");
  }

  @Test
  void otherErrorsKeepCamundasStatus() {
    var exception = new RestException(Response.Status.NOT_FOUND, "No task 42");

    assertThat(errors.toResponse(exception).getStatus()).isEqualTo(404);
  }
}
