package org.plandesk.review.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.plandesk.review.progress.YearRecord;

/**
 * An indicator's chart as a picture for the report (PNG, drawn on the server with Java2D, as the
 * progress page draws its SVG): the actual values over time against the baseline (dashed) and the
 * target (dotted), each line named beside it in the report's language, so that no line is told
 * apart by colour alone. The values are also in the report's table.
 */
final class ReportChart {

  static final int WIDTH = 1200;
  static final int HEIGHT = 560;
  private static final int LEFT = 130;
  private static final int RIGHT = 900;
  private static final int TOP = 90;
  private static final int BOTTOM = 480;
  private static final Color INK = new Color(0x1a, 0x1a, 0x1a);
  private static final Color ACTUAL = new Color(0x00, 0x4b, 0x8d);
  private static final Color GRID = new Color(0xd0, 0xd0, 0xd0);

  private ReportChart() {}

  /**
   * The PNG of an indicator's chart.
   *
   * @param number how numbers are written in the report's language
   */
  static byte[] png(
      YearRecord.Indicator indicator,
      String baselineLabel,
      String targetLabel,
      String actualLabel,
      Function<BigDecimal, String> number,
      Function<java.time.LocalDate, String> date) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      g.setColor(INK);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
      String unit = indicator.unit().isBlank() ? "" : " (" + indicator.unit() + ")";
      g.drawString(indicator.number() + ". " + indicator.name() + unit, 20, 45);

      List<BigDecimal> all = new ArrayList<>();
      indicator.values().forEach(v -> all.add(v.value()));
      if (indicator.baseline() != null) {
        all.add(indicator.baseline());
      }
      if (indicator.target() != null) {
        all.add(indicator.target());
      }
      all.add(BigDecimal.ZERO);
      double min = all.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
      double max = all.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
      double step = niceStep(max > min ? (max - min) / 4 : Math.max(Math.abs(max), 1) / 4);
      double lo = Math.floor(min / step) * step;
      double hi = Math.max(Math.ceil(max / step) * step, lo + step);
      Function<Double, Double> y = v -> BOTTOM - (BOTTOM - TOP) * (v - lo) / (hi - lo);

      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
      for (double v = lo; v <= hi + step / 2; v += step) {
        int yy = (int) Math.round(y.apply(v));
        g.setColor(GRID);
        g.drawLine(LEFT, yy, RIGHT, yy);
        g.setColor(INK);
        String text = number.apply(BigDecimal.valueOf(v).stripTrailingZeros());
        g.drawString(text, LEFT - 15 - g.getFontMetrics().stringWidth(text), yy + 8);
      }
      g.setColor(INK);
      g.drawLine(LEFT, TOP, LEFT, BOTTOM);
      g.drawLine(LEFT, BOTTOM, RIGHT, BOTTOM);

      reference(g, indicator.baseline(), y, new float[] {14, 8}, baselineLabel, number);
      reference(g, indicator.target(), y, new float[] {3, 6}, targetLabel, number);
      actual(g, indicator, y, actualLabel, date);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void reference(
      Graphics2D g,
      BigDecimal value,
      Function<Double, Double> y,
      float[] dashes,
      String label,
      Function<BigDecimal, String> number) {
    if (value == null) {
      return;
    }
    int yy = (int) Math.round(y.apply(value.doubleValue()));
    Stroke plain = g.getStroke();
    g.setColor(INK);
    g.setStroke(new BasicStroke(3, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, dashes, 0));
    g.drawLine(LEFT, yy, RIGHT, yy);
    g.setStroke(plain);
    g.drawString(label + ": " + number.apply(value), RIGHT + 12, yy + 8);
  }

  private static void actual(
      Graphics2D g,
      YearRecord.Indicator indicator,
      Function<Double, Double> y,
      String label,
      Function<java.time.LocalDate, String> date) {
    List<YearRecord.Reading> values = indicator.values();
    if (values.isEmpty()) {
      return;
    }
    java.time.LocalDate first = values.get(0).date();
    long days = ChronoUnit.DAYS.between(first, values.get(values.size() - 1).date());
    Path2D.Double line = new Path2D.Double();
    g.setColor(ACTUAL);
    g.setStroke(new BasicStroke(4));
    double lastX = 0;
    double lastY = 0;
    for (int i = 0; i < values.size(); i++) {
      YearRecord.Reading r = values.get(i);
      double x =
          days == 0
              ? (LEFT + RIGHT) / 2.0
              : LEFT + (RIGHT - LEFT) * ChronoUnit.DAYS.between(first, r.date()) / (double) days;
      double yy = y.apply(r.value().doubleValue());
      if (i == 0) {
        line.moveTo(x, yy);
      } else {
        line.lineTo(x, yy);
      }
      g.fillOval((int) x - 7, (int) yy - 7, 14, 14);
      lastX = x;
      lastY = yy;
    }
    g.draw(line);
    g.setColor(INK);
    g.drawString(date.apply(first), LEFT, BOTTOM + 40);
    if (days > 0) {
      String end = date.apply(values.get(values.size() - 1).date());
      g.drawString(end, RIGHT - g.getFontMetrics().stringWidth(end), BOTTOM + 40);
    }
    g.setColor(ACTUAL);
    g.drawString(label, (int) Math.min(lastX + 12, RIGHT + 12), (int) lastY - 12);
  }

  /** The round step at or above a raw one: 1, 2, 2.5 or 5 times a power of ten. */
  private static double niceStep(double raw) {
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double fraction = raw / power;
    double nice =
        fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
    return nice * power;
  }
}
