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
    double min = all.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
    double max = all.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
    // Round numbers on the axis: a step of 1, 2, 2.5 or 5 times a power of ten, about four of them.
    double step = niceStep(max > min ? (max - min) / 4 : Math.max(Math.abs(max), 1) / 4);
    double lo = Math.floor(min / step) * step;
    double hi = Math.ceil(max / step) * step;
    if (hi <= lo) {
      hi = lo + step;
    }
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
    long steps = Math.round((hi - lo) / step);
    for (long i = 0; i <= steps; i++) {
      BigDecimal value =
          BigDecimal.valueOf(lo + step * i).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
      ticks.add(new Tick(value, scale.y(value)));
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

  /** The round step at or above a raw one: 1, 2, 2.5 or 5 times a power of ten. */
  static double niceStep(double raw) {
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double fraction = raw / power;
    double nice =
        fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
    return nice * power;
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
