package org.plandesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;

/**
 * A lost race against another transaction reaches {@code /engine-rest} callers as 409, also when
 * Camunda wraps it (a task form submission); other server errors keep their status.
 */
class EngineRestConflictsTest {

  private static final OptimisticLockingException LOST_RACE =
      new OptimisticLockingException(
          "ENGINE-03005 Execution of 'UPDATE VariableInstanceEntity[1]' failed.");

  @Test
  void aConcurrentChangeIs409WithAMessageThatSaysWhatToDo() {
    Response response = new EngineRestConflicts.OptimisticLocking().toResponse(LOST_RACE);

    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(((ExceptionDto) response.getEntity()).getMessage())
        .startsWith("Someone else changed this at the same moment");
  }

  @Test
  void aTaskFormSubmissionThatLostTheRaceIs409() {
    RestException wrapped =
        new RestException(
            Response.Status.INTERNAL_SERVER_ERROR, LOST_RACE, "Cannot submit task form 42");

    Response response = new EngineRestErrors().toResponse(wrapped);

    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(((ExceptionDto) response.getEntity()).getType())
        .isEqualTo("OptimisticLockingException");
  }

  @Test
  void claimingATaskThatIsGoneIs404AndOtherMissingValuesKeepCamundasAnswer() {
    var gone = new NullValueException("Cannot find task with id 42: task is null");
    var other = new NullValueException("processDefinitionKey is null");

    assertThat(new EngineRestConflicts.TaskGone().toResponse(gone).getStatus()).isEqualTo(404);
    assertThat(new EngineRestConflicts.TaskGone().toResponse(other).getStatus()).isEqualTo(500);
  }

  @Test
  void anyOtherServerErrorStaysA500() {
    RestException other =
        new RestException(
            Response.Status.INTERNAL_SERVER_ERROR,
            new ProcessEngineException("boom"),
            "Cannot submit");

    assertThat(new EngineRestErrors().toResponse(other).getStatus()).isEqualTo(500);
  }
}
