package org.plandesk.benchmark;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the users of one load run share: the request budget, the latencies, the errors and the
 * conflicts (a task another user claimed first, 409, or completed meanwhile, 404), and the plans
 * read.
 */
final class LoadRun {

  /** Thrown to a user when the run's request budget is spent. */
  static final class Spent extends RuntimeException {
    Spent() {
      super("request budget spent", null, false, false);
    }
  }

  final String id = Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase();
  final Latencies latencies = new Latencies();
  final List<String> errors = new CopyOnWriteArrayList<>();
  final AtomicInteger conflicts = new AtomicInteger();
  final AtomicInteger started = new AtomicInteger();
  final AtomicInteger completed = new AtomicInteger();
  final List<String> codes;
  private final AtomicInteger budget;
  private final long deadlineNanos;

  LoadRun(int requests, long maxSeconds, List<String> codes) {
    this.budget = new AtomicInteger(requests);
    this.deadlineNanos = System.nanoTime() + maxSeconds * 1_000_000_000L;
    this.codes = List.copyOf(codes);
  }

  /** Takes one request from the budget; throws {@link Spent} when none is left or time is up. */
  void take() {
    if (budget.getAndDecrement() <= 0 || System.nanoTime() > deadlineNanos) {
      throw new Spent();
    }
  }

  void error(String what) {
    errors.add(what);
  }
}
