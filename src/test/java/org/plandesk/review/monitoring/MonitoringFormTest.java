package org.plandesk.review.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The monitoring form reads numbers as the reader's language writes them. */
class MonitoringFormTest {

  private static final Locale HU = Locale.forLanguageTag("hu");
  private static final Locale UK = Locale.forLanguageTag("uk");

  @Test
  void aDecimalCommaCountsWhereTheLanguageWritesOneAndAPointIsTakenToo() {
    assertThat(MonitoringForm.number("7,5", HU)).isEqualByComparingTo("7.5");
    assertThat(MonitoringForm.number("7.5", HU)).isEqualByComparingTo("7.5");
    assertThat(MonitoringForm.number("1 234,25", UK)).isEqualByComparingTo("1234.25");
    assertThat(MonitoringForm.number("-3", UK)).isEqualByComparingTo("-3");
  }

  @Test
  void englishReadsAPointAndRefusesACommaRatherThanMisreadIt() {
    assertThat(MonitoringForm.number("7.5", Locale.ENGLISH)).isEqualByComparingTo("7.5");
    assertThat(MonitoringForm.number("7,5", Locale.ENGLISH)).isNull();
  }

  @Test
  void wordsMoreThanFourDecimalsAndHugeNumbersAreRefused() {
    assertThat(MonitoringForm.number("seven", HU)).isNull();
    assertThat(MonitoringForm.number("7,12345", HU)).isNull();
    assertThat(MonitoringForm.number("1234567890123456", HU)).isNull();
    assertThat(MonitoringForm.number("", HU)).isNull();
  }

  @Test
  void aValidFormBecomesTheResultWithOnlyTheValuesTyped() {
    MonitoringForm form =
        new MonitoringForm(
            "2027-04-04", " Опитано 120 читачів ", "", Map.of(1, "7,5", 2, " "), true);
    assertThat(form.check(LocalDate.of(2027, 4, 4), 2, UK)).isEmpty();
    var result = form.result(UK);
    assertThat(result.values()).containsOnlyKeys(1);
    assertThat(result.values().get(1)).isEqualByComparingTo(new BigDecimal("7.5"));
    assertThat(result.summary()).isEqualTo("Опитано 120 читачів");
    assertThat(result.figures()).isNull();
    assertThat(result.lastUse()).isTrue();
  }
}
