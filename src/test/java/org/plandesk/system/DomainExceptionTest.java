package org.plandesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

/**
 * A feature's refusal is answered by its kind on every surface, without a word in {@link Failures}
 * or {@link ApiErrors} about the feature.
 */
class DomainExceptionTest {

  /**
   * A refusal of a feature that neither Failures nor ApiErrors has heard of; its sentence is in no
   * bundle, so it is said as it is.
   */
  static final class NoSuchShelf extends DomainException {
    NoSuchShelf(String message) {
      super(Kind.NOT_FOUND, Text.of(message));
    }
  }

  static final class ShelfRule extends DomainException {
    ShelfRule(String message) {
      super(Kind.RULE_VIOLATION, Text.of(message));
    }
  }

  static final class ShelfTaken extends DomainException {
    ShelfTaken(String message, Throwable cause) {
      super(Kind.CONFLICT, Text.of(message), cause);
    }
  }

  @Test
  void eachKindIsAnsweredWithItsStatusAndTheRefusalsMessage() {
    assertThat(Failures.known(new ShelfRule("A shelf needs a name")))
        .isEqualTo(new Failures.Answer(400, "InvalidRequestException", "A shelf needs a name"));
    assertThat(Failures.known(new NoSuchShelf("There is no shelf 7")))
        .isEqualTo(new Failures.Answer(404, "NotFoundException", "There is no shelf 7"));
    assertThat(Failures.known(new ShelfTaken("Shelf 7 is already taken", null)))
        .isEqualTo(new Failures.Answer(409, "ConflictException", "Shelf 7 is already taken"));
  }

  @Test
  void aRefusalIsFoundWhereTheEngineWrappedIt() {
    var wrapped =
        new ProcessEngineException("listener failed", new NoSuchShelf("There is no shelf 7"));

    assertThat(Failures.known(wrapped).status()).isEqualTo(404);
  }

  @Test
  void aRulesMessageThatTellsOfTheInsideIsNotShown() {
    assertThat(Failures.known(new ShelfRule("SQL statement failed")).message())
        .isEqualTo("The request is not valid");
  }

  @Test
  void theApiAnswersTheRefusalAsAnError() {
    var answer = new ApiErrors().refused(new NoSuchShelf("There is no shelf 7"));

    assertThat(answer.getStatusCode().value()).isEqualTo(404);
    assertThat(answer.getBody()).isEqualTo(Map.of("error", "There is no shelf 7"));
  }
}
