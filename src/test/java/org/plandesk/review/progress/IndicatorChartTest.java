package org.plandesk.review.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The geometry of an indicator's chart: every value where the scale puts it, oldest left, higher
 * values higher, baseline and target on the same scale, and whether the target is reached.
 */
class IndicatorChartTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  @Test
  void pointsLieOnOneLinearScaleWithBaselineAndTarget() {
    IndicatorChart chart =
        IndicatorChart.of(
            2,
            "% оновлення книжкового фонду",
            "%",
            new BigDecimal("2"),
            new BigDecimal("5"),
            List.of(
                value(DAY.plusMonths(6), "4.5"), value(DAY, "2.5"), value(DAY.plusMonths(3), "3")));

    assertThat(chart.points())
        .extracting(IndicatorChart.Point::value)
        .containsExactly(new BigDecimal("2.5"), new BigDecimal("3"), new BigDecimal("4.5"));
    assertThat(chart.points().get(0).x()).isEqualTo(IndicatorChart.LEFT + ".0");
    assertThat(chart.points().get(2).x()).isEqualTo(IndicatorChart.RIGHT + ".0");
    // One linear scale from 0 at the bottom to 6 at the top, marked every 2.
    double top = 6;
    assertThat(chart.ticks())
        .extracting(t -> t.value().toPlainString())
        .containsExactly("0", "2", "4", "6");
    for (IndicatorChart.Point p : chart.points()) {
      assertThat(y(p.y())).as(p.value().toString()).isCloseTo(expectedY(p.value(), top), within());
    }
    assertThat(y(chart.baselineY())).isCloseTo(expectedY(new BigDecimal("2"), top), within());
    assertThat(y(chart.targetY())).isCloseTo(expectedY(new BigDecimal("5"), top), within());
    assertThat(y(chart.points().get(2).y())).isLessThan(y(chart.points().get(1).y()));
    // Zero is on the chart, at its bottom; everything lies within the plot.
    assertThat(y(chart.ticks().get(0).y())).isEqualTo(IndicatorChart.BOTTOM);
    assertThat(chart.ticks().get(0).value()).isEqualByComparingTo("0");
    assertThat(y(chart.targetY())).isGreaterThanOrEqualTo(IndicatorChart.TOP);
    assertThat(chart.line())
        .isEqualTo(
            "70.0,"
                + chart.points().get(0).y()
                + " "
                + chart.points().get(1).x()
                + ","
                + chart.points().get(1).y()
                + " 470.0,"
                + chart.points().get(2).y());
    assertThat(chart.reached()).isEqualTo(IndicatorChart.Reached.NOT_YET);
  }

  @Test
  void aTargetBelowTheBaselineIsReachedFromAbove() {
    assertThat(chart("10", "6", "5.5").reached()).isEqualTo(IndicatorChart.Reached.REACHED);
    assertThat(chart("10", "6", "7").reached()).isEqualTo(IndicatorChart.Reached.NOT_YET);
    assertThat(chart("0", "10", "10").reached()).isEqualTo(IndicatorChart.Reached.REACHED);
    assertThat(chart(null, null, "10").reached()).isEqualTo(IndicatorChart.Reached.NO_TARGET);
    IndicatorChart empty = IndicatorChart.of(1, "x", null, null, null, List.of());
    assertThat(empty.reached()).isEqualTo(IndicatorChart.Reached.NO_VALUE);
    assertThat(empty.latest()).isNull();
  }

  @Test
  void oneValueStandsInTheMiddleAndCoordinatesUseADecimalPoint() {
    IndicatorChart chart = chart("0", "10", "7.25");
    assertThat(chart.points().get(0).x()).isEqualTo("270.0");
    assertThat(chart.points().get(0).y()).matches("\\d+\\.\\d");
  }

  @Test
  void theAxisIsMarkedInRoundSteps() {
    assertThat(IndicatorChart.niceStep(2.75)).isEqualTo(5);
    assertThat(IndicatorChart.niceStep(1.25)).isEqualTo(2);
    assertThat(IndicatorChart.niceStep(0.6)).isEqualTo(1);
    assertThat(IndicatorChart.niceStep(23)).isEqualTo(25);
    assertThat(IndicatorChart.niceStep(0.021))
        .isCloseTo(0.025, org.assertj.core.data.Offset.offset(1e-9));
    IndicatorChart participants =
        IndicatorChart.of(
            5,
            "Динаміка кількісних показників учасників творчих заходів",
            "",
            new BigDecimal("120"),
            new BigDecimal("200"),
            List.of(value(DAY, "36"), value(DAY.plusMonths(1), "150")));
    assertThat(participants.ticks())
        .extracting(t -> t.value().toPlainString())
        .containsExactly("0", "50", "100", "150", "200");
  }

  private static IndicatorChart chart(String baseline, String target, String actual) {
    return IndicatorChart.of(
        1,
        "Щорічний % зменшення скарг",
        "%",
        baseline == null ? null : new BigDecimal(baseline),
        target == null ? null : new BigDecimal(target),
        List.of(value(DAY, actual)));
  }

  private static IndicatorChart.Value value(LocalDate date, String value) {
    return new IndicatorChart.Value(date, new BigDecimal(value));
  }

  private static double expectedY(BigDecimal value, double top) {
    return IndicatorChart.BOTTOM
        - (IndicatorChart.BOTTOM - IndicatorChart.TOP) * value.doubleValue() / top;
  }

  private static double y(String coordinate) {
    return Double.parseDouble(coordinate);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.06);
  }
}
