package org.plandesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plandesk.review.process.PlanReviewVariables;

/**
 * The review-interval table, row by row, on the DMN engine alone (no Spring, no process engine).
 */
class ReviewIntervalDecisionTest {

  private static DmnEngine dmn;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws IOException {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = new FileInputStream("processes/review-interval.dmn")) {
      decision = dmn.parseDecision("review-interval", in);
    }
  }

  @ParameterizedTest(name = "{0} is reviewed every {1}, at the end of its period: {2}")
  @CsvSource({
    "COMMUNICATION_PLAN, P1Y, false",
    "ANNUAL_ACTION_PLAN, P1Y, false",
    "DEVELOPMENT_PROGRAMME, P1Y, true",
    "SOME_NEW_TYPE, P1Y, false"
  })
  void intervalByPlanType(String planType, String interval, boolean endOfPeriod) {
    org.camunda.bpm.dmn.engine.DmnDecisionRuleResult result =
        dmn.evaluateDecisionTable(decision, Map.of(PlanReviewVariables.PLAN_TYPE.name(), planType))
            .getSingleResult();
    assertThat((String) result.getEntry("reviewInterval")).isEqualTo(interval);
    assertThat((Boolean) result.getEntry("untilEndOfPeriod")).isEqualTo(endOfPeriod);
  }
}
