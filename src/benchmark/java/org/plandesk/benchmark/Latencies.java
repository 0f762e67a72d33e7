package org.plandesk.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** Latencies in milliseconds per kind of request, safe to record from many threads. */
final class Latencies {

  private final Map<String, List<Double>> millis = new ConcurrentSkipListMap<>();
  private final Map<String, Integer> order = new ConcurrentHashMap<>();

  void record(String kind, long startNanos) {
    order.putIfAbsent(kind, order.size());
    List<Double> values =
        millis.computeIfAbsent(
            kind, k -> java.util.Collections.synchronizedList(new ArrayList<>()));
    values.add((System.nanoTime() - startNanos) / 1e6);
  }

  int count() {
    return millis.values().stream().mapToInt(List::size).sum();
  }

  double percentile(String kind, int percentile) {
    double[] sorted;
    List<Double> values = millis.get(kind);
    synchronized (values) {
      sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    }
    Arrays.sort(sorted);
    return sorted[
        Math.min(sorted.length - 1, (int) Math.floor(sorted.length * percentile / 100.0))];
  }

  /** One line per kind in the order first seen: count, p50, p95, max. */
  void print() {
    System.out.printf("%-34s %7s %10s %10s %10s%n", "request", "count", "p50", "p95", "max");
    order.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .forEach(
            kind ->
                System.out.printf(
                    "%-34s %7d %7.1f ms %7.1f ms %7.1f ms%n",
                    kind,
                    millis.get(kind).size(),
                    percentile(kind, 50),
                    percentile(kind, 95),
                    percentile(kind, 100)));
  }

  /** The machine's load average (1, 5, 15 minutes), as /proc/loadavg has it. */
  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return "unknown";
    }
  }
}
