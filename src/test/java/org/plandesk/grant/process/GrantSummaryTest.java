package org.plandesk.grant.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plandesk.grant.GrantRequest;
import org.plandesk.grant.GrantStatus;
import org.plandesk.process.BundleWords;

/**
 * The grant request's summary the director's and the responsible person's forms show: labels in the
 * request's language, amounts with its decimal sign, the deadline as it writes a day, people by
 * name.
 */
class GrantSummaryTest {

  private static final Map<String, String> PEOPLE =
      Map.of("peter", "Kovács Péter", "anna", "Anna Lindqvist");

  private final GrantRequest request =
      new GrantRequest(
          7,
          GrantStatus.IN_APPROVAL,
          "Olvasókert",
          "Nemzeti Kulturális Alap",
          "Közgyűjtemények",
          new BigDecimal("12500.50"),
          "HUF",
          new BigDecimal("1500"),
          "Szabadtéri olvasósarok",
          "Több olvasó nyáron",
          "KOMM",
          "Nyári felolvasások",
          LocalDate.of(2027, 5, 1),
          "peter",
          "anna",
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          "pi-7",
          Instant.parse("2027-03-01T08:00:00Z"),
          Instant.parse("2027-03-01T08:00:00Z"));

  @Test
  void aHungarianRequestIsSummedUpInHungarian() {
    assertThat(GrantSummary.of(request, BundleWords.in("hu"), PEOPLE::get))
        .isEqualTo(
            """
            **Támogató:** Nemzeti Kulturális Alap — Közgyűjtemények

            **Igényelt összeg:** 12\u00a0500,50\u00a0HUF (saját forrás: 1\u00a0500,00\u00a0HUF)

            **Cél:** Szabadtéri olvasósarok

            **Várt eredmények:** Több olvasó nyáron

            **Kapcsolódó terv:** KOMM — Nyári felolvasások

            **Beadási határidő:** 2027. május 1. **Felelős:** Kovács Péter. \
            **Készítette:** Anna Lindqvist""");
  }

  @Test
  void aUkrainianRequestIsSummedUpInUkrainian() {
    assertThat(GrantSummary.of(request, BundleWords.in("uk"), PEOPLE::get))
        .contains("**Грантодавець:** Nemzeti Kulturális Alap")
        .contains(
            "**Запитувана сума:** 12\u00a0500,50\u00a0HUF (власний внесок 1\u00a0500,00\u00a0HUF)")
        .contains("**Термін подання грантодавцю:** 1 травня 2027 р.")
        .contains("**Підготував:** Anna Lindqvist");
  }

  @ParameterizedTest
  @ValueSource(strings = {"hu", "lt", "sv", "ru", "uk"})
  void noEnglishLabelIsLeft(String language) {
    assertThat(GrantSummary.of(request, BundleWords.in(language), PEOPLE::get))
        .doesNotContain("Funder")
        .doesNotContain("Amount requested")
        .doesNotContain("own contribution")
        .doesNotContain("Purpose")
        .doesNotContain("Expected results")
        .doesNotContain("Serves")
        .doesNotContain("Responsible")
        .doesNotContain("Prepared by")
        .doesNotContain("peter")
        .doesNotContain("May");
  }
}
