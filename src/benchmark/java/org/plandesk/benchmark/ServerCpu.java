package org.plandesk.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time a server process has used (user + system, from /proc/PID/stat), so a benchmark can
 * report the server's CPU per request: a figure that other work on a shared machine inflates far
 * less than wall-clock latency.
 */
record ServerCpu(long pid) {

  private static final double TICKS_PER_SECOND = 100.0;

  /** The server named on the command line, or none (pid 0). */
  static ServerCpu of(String[] args, int index) {
    return new ServerCpu(args.length > index ? Long.parseLong(args[index]) : 0);
  }

  /** CPU seconds used so far; 0 when no server was named. */
  double seconds() {
    if (pid == 0) {
      return 0;
    }
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
    } catch (IOException e) {
      throw new IllegalStateException("No process " + pid, e);
    }
  }

  /** One line: the server's CPU seconds over a run and per request, when a server was named. */
  String report(double before, int requests) {
    if (pid == 0) {
      return "server CPU: not measured (pass the server's process id)";
    }
    double used = seconds() - before;
    return "server CPU: %.1f s for %d requests, %.1f ms per request (process %d)"
        .formatted(used, requests, used * 1000 / requests, pid);
  }
}
