package org.plandesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;
import org.plandesk.system.Failures;

/**
 * The decisions of {@link Failures} that the HTTP tests cannot provoke at will: unique keys that
 * two requests race for, as the engine wraps them, and messages that would give the inside away.
 */
class FailuresTest {

  /** How the engine reports a failed batch insert: its own exception around the driver's. */
  private static ProcessEngineException engineFlushFailing(SQLException cause) {
    var batch =
        new BatchUpdateException(
            "Batch entry 0 INSERT INTO ACT_ID_USER ... was aborted",
            cause.getSQLState(),
            0,
            new int[0]);
    batch.setNextException(cause);
    return new ProcessEngineException(
        "ENGINE-03083 Exception while executing Batch Database Operations with message '### Error"
            + " flushing statements. Cause: org.apache.ibatis.executor.BatchExecutorException'",
        new RuntimeException(batch));
  }

  @Test
  void aUniqueKeyRaceIs409WithoutTheDatabasesWords() {
    var race =
        engineFlushFailing(
            new SQLException(
                "ERROR: duplicate key value violates unique constraint \"act_id_user_pkey\"",
                "23505"));

    Failures.Answer answer = Failures.answer(race, "POST /engine-rest/user/create");

    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.message())
        .startsWith("This already exists")
        .doesNotContain("act_id", "constraint", "ERROR");
  }

  @Test
  void aUniqueKeyRaceCamundaRecognisedIs409InCamundasWords() {
    var race =
        new BadUserRequestException(
            "The user already exists",
            engineFlushFailing(new SQLException("Unique index or primary key violation", "23505")));

    assertThat(Failures.answer(race, "-"))
        .isEqualTo(new Failures.Answer(409, "ConflictException", "The user already exists"));
  }

  @Test
  void aValueTooLongForItsColumnIs400() {
    var tooLong =
        engineFlushFailing(
            new SQLException("ERROR: value too long for type character varying(64)", "22001"));

    Failures.Answer answer = Failures.answer(tooLong, "-");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.message()).contains("too long").doesNotContain("varying");
  }

  @Test
  void anythingElseIsA500ThatSaysOnlyItsReference() {
    Failures.Answer answer =
        Failures.answer(new IllegalStateException("SELECT * FROM plan_version failed"), "GET /x");

    assertThat(answer.status()).isEqualTo(500);
    assertThat(answer.type()).isEqualTo("ServerError");
    assertThat(answer.message()).matches("Something went wrong\\. Reference: [0-9a-f]{12}");
  }

  @Test
  void aRefusalWhoseMessageWouldShowTheInsideSaysSoInPlainWords() {
    var leaky =
        new FormFieldValidationException(
            "x", "Cannot convert org.camunda.bpm.engine.variable.Foo: SQL [select 1]");

    assertThat(Failures.answer(leaky, "-"))
        .isEqualTo(new Failures.Answer(400, "InvalidRequestException", "The request is not valid"));
  }

  @Test
  void whatGivesTheInsideAway() {
    assertThat(Failures.revealsInternals("### Error updating database. Cause: ...")).isTrue();
    assertThat(
            Failures.revealsInternals(
                "PreparedStatementCallback; SQL [INSERT INTO department_input ...]"))
        .isTrue();
    assertThat(
            Failures.revealsInternals(
                "ERROR: duplicate key value violates unique constraint \"uq_input\""))
        .isTrue();
    assertThat(Failures.revealsInternals("Cannot deserialize value of type `java.util.HashMap`"))
        .isTrue();
    assertThat(
            Failures.revealsInternals(
                "at org.plandesk.plan.PlanService.recordInput(PlanService.java:150)"))
        .isTrue();
    assertThat(Failures.revealsInternals("Table ACT_RU_TASK not found")).isTrue();
    assertThat(Failures.revealsInternals("The input deadline must lie after today (2026-10-01)"))
        .isFalse();
    assertThat(
            Failures.revealsInternals(
                "Plan KÜLSŐ KOMM already has a version in drafting (started by Márku Mónika)"))
        .isFalse();
    assertThat(
            Failures.revealsInternals(
                "The user with id 'anna' does not have 'CREATE' permission on resource 'User'."))
        .isFalse();
  }
}
