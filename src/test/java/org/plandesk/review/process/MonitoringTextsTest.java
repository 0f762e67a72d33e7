package org.plandesk.review.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plandesk.plan.PlanContent;
import org.plandesk.process.BundleWords;
import org.plandesk.review.IndicatorStatus;
import org.plandesk.review.MonitoringResult;

/**
 * What the monitoring and review forms show: the indicators to report on and the monitoring so far,
 * in the plan's language with its decimal sign and its way of writing a day.
 */
class MonitoringTextsTest {

  private static final List<PlanContent.Indicator> INDICATORS =
      List.of(
          new PlanContent.Indicator(
              "Olvasói elégedettség", "%", new BigDecimal("72.5"), new BigDecimal("80")),
          new PlanContent.Indicator("Beiratkozott olvasók", "fő", new BigDecimal("4200"), null));

  private static final List<IndicatorStatus> STATUS =
      List.of(
          new IndicatorStatus(
              "Olvasói elégedettség",
              "%",
              new BigDecimal("72.5"),
              new BigDecimal("80"),
              new BigDecimal("75.50"),
              LocalDate.of(2027, 3, 1)),
          new IndicatorStatus(
              "Beiratkozott olvasók",
              "fő",
              new BigDecimal("4200"),
              new BigDecimal("4500"),
              null,
              null));

  private static final List<MonitoringResult> RESULTS =
      List.of(
          new MonitoringResult(
              1,
              7,
              "Olvasói elégedettségi kérdőív",
              LocalDate.of(2027, 3, 1),
              "Kedvező",
              null,
              "coordinator"));

  @Test
  void theIndicatorsOfAHungarianPlanHaveTheDecimalComma() {
    assertThat(MonitoringTexts.indicatorList(INDICATORS, BundleWords.in("hu")))
        .isEqualTo(
            "1. Olvasói elégedettség (%): 72,5 → 80\n2. Beiratkozott olvasók (fő): 4\u00a0200 → –");
  }

  @Test
  void aPlanWithoutIndicatorsSaysSoInItsLanguage() {
    assertThat(MonitoringTexts.indicatorList(List.of(), BundleWords.in("uk")))
        .isEqualTo("У плані не вказано індикаторів.");
    assertThat(MonitoringTexts.monitoringSummary(List.of(), List.of(), BundleWords.in("hu")))
        .isEqualTo("Nincsenek mutatók és monitoring eredmények.");
  }

  @Test
  void theHungarianMonitoringSummaryReadsHungarian() {
    assertThat(MonitoringTexts.monitoringSummary(STATUS, RESULTS, BundleWords.in("hu")))
        .isEqualTo(
            """
            - Olvasói elégedettség: célérték 80 %, kiinduló érték 72,5, tényleges érték 75,5\
             (2027. március 1.)
            - Beiratkozott olvasók: célérték 4\u00a0500 fő, kiinduló érték 4\u00a0200, tényleges\
             érték még nincs rögzítve

            Monitoring eredmények:
            - 2027. március 1., Olvasói elégedettségi kérdőív: Kedvező""");
  }

  @Test
  void theUkrainianMonitoringSummaryWritesTheDayTheUkrainianWay() {
    assertThat(MonitoringTexts.monitoringSummary(STATUS, RESULTS, BundleWords.in("uk")))
        .contains("цільове значення 80 %, базове значення 72,5, фактичне значення 75,5")
        .contains("1 березня 2027 р.")
        .contains("Результати моніторингу:")
        .contains("не внесено");
  }

  @ParameterizedTest
  @ValueSource(strings = {"hu", "lt", "sv", "ru", "uk"})
  void noEnglishWordIsLeft(String language) {
    String summary = MonitoringTexts.monitoringSummary(STATUS, RESULTS, BundleWords.in(language));
    assertThat(summary)
        .doesNotContain("target")
        .doesNotContain("baseline")
        .doesNotContain("actual")
        .doesNotContain("not recorded")
        .doesNotContain("Monitoring results")
        .doesNotContain("March");
    assertThat(MonitoringTexts.indicatorList(List.of(), BundleWords.in(language)))
        .doesNotContain("indicators");
  }
}
