package org.plandesk.review.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One strategic indicator as a line chart drawn on the server (SVG, no script): its actual values
 * over time against its baseline and its target, each line told apart by its dash pattern and its
 * written label, never by colour alone; the page shows the same values as a table. Coordinates are
 * in the SVG's own units ({@link #WIDTH} × {@link #HEIGHT}), written with a decimal point whatever
 * the reader's language.
 *
 * @param points the actual values, oldest first
 * @param ticks the values marked on the vertical axis, lowest first
 */
record IndicatorChart(
    int number,
    String name,
    String unit,
    BigDecimal baseline,
    BigDecimal target,
    List<Point> points,
    List<Tick> ticks,
    String baselineY,
    String targetY,
    Reached reached) {

  static final int WIDTH = 640;
  static final int HEIGHT = 300;
  static final int LEFT = 70;
  static final int RIGHT = 470;
  static final int TOP = 20;
  static final int BOTTOM = 250;

  /**
   * Whether the latest actual value has reached the target (in the direction from the baseline).
   */
  enum Reached {
    NO_VALUE,
    NO_TARGET,
    REACHED,
    NOT_YET
  }

  /** One actual value and where it is drawn. */
  record Point(LocalDate date, BigDecimal value, String x, String y) {}

  /** A value marked on the vertical axis. */
  record Tick(BigDecimal value, String y) {}

  /** A value recorded for an indicator on a day. */
  record Value(LocalDate date, BigDecimal value) {}

  static IndicatorChart of(
      int number,
      String name,
      String unit,
      BigDecimal baseline,
      BigDecimal target,
      List<Value> values) {
    List<Value> ordered = values.stream().sorted((a, b) -> a.date().compareTo(b.date())).toList();
    List<BigDecimal> all =
        Stream.concat(
                ordered.stream().map(Value::value),
                Stream.of(baseline, target, BigDecimal.ZERO).filter(v -> v != null))
            .toList();
    double lo = all.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
    double hi = all.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
    if (hi == lo) {
      hi = lo + 1;
    }
    hi += (hi - lo) * 0.1;
    Scale scale = new Scale(lo, hi);
    LocalDate first = ordered.isEmpty() ? null : ordered.get(0).date();
    long days =
        ordered.isEmpty()
            ? 0
            : ChronoUnit.DAYS.between(first, ordered.get(ordered.size() - 1).date());
    List<Point> points = new ArrayList<>();
    for (Value v : ordered) {
      double x =
          days == 0
              ? (LEFT + RIGHT) / 2.0
              : LEFT + (RIGHT - LEFT) * ChronoUnit.DAYS.between(first, v.date()) / (double) days;
      points.add(new Point(v.date(), v.value(), coordinate(x), scale.y(v.value())));
    }
    List<Tick> ticks = new ArrayList<>();
    for (int i = 0; i <= 4; i++) {
      BigDecimal value =
          BigDecimal.valueOf(lo + (hi - lo) * i / 4).setScale(2, RoundingMode.HALF_UP);
      ticks.add(new Tick(value.stripTrailingZeros(), scale.y(value)));
    }
    return new IndicatorChart(
        number,
        name,
        unit == null ? "" : unit,
        baseline,
        target,
        points,
        ticks,
        baseline == null ? null : scale.y(baseline),
        target == null ? null : scale.y(target),
        reached(
            baseline, target, ordered.isEmpty() ? null : ordered.get(ordered.size() - 1).value()));
  }

  private static Reached reached(BigDecimal baseline, BigDecimal target, BigDecimal latest) {
    if (latest == null) {
      return Reached.NO_VALUE;
    }
    if (target == null) {
      return Reached.NO_TARGET;
    }
    boolean downwards = baseline != null && target.compareTo(baseline) < 0;
    int comparison = latest.compareTo(target);
    return (downwards ? comparison <= 0 : comparison >= 0) ? Reached.REACHED : Reached.NOT_YET;
  }

  /** The latest actual value, or null. */
  public Point latest() {
    return points.isEmpty() ? null : points.get(points.size() - 1);
  }

  /** The line through the actual values, as SVG {@code points}. */
  public String line() {
    return points.stream().map(p -> p.x() + "," + p.y()).collect(Collectors.joining(" "));
  }

  public int width() {
    return WIDTH;
  }

  public int height() {
    return HEIGHT;
  }

  public int left() {
    return LEFT;
  }

  public int right() {
    return RIGHT;
  }

  public int top() {
    return TOP;
  }

  public int bottom() {
    return BOTTOM;
  }

  /** The vertical scale: lo at the bottom of the plot, hi at its top. */
  private record Scale(double lo, double hi) {
    String y(BigDecimal value) {
      return coordinate(BOTTOM - (BOTTOM - TOP) * (value.doubleValue() - lo) / (hi - lo));
    }
  }

  private static String coordinate(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
