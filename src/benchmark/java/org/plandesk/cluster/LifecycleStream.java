package org.plandesk.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.plandesk.cluster.HttpLifecycle.Decision;
import org.plandesk.cluster.HttpLifecycle.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stream of lifecycles driven over HTTP against a node that may die at any moment: a few
 * lifecycles are in work at a time, each advanced one step in turn; a new one starts when one ends.
 * About one new lifecycle in three is the next version of a plan whose version entered into force,
 * so versions are superseded (and their periodic reviews end) too. A request that fails because the
 * node is gone is not repeated blindly: once the node is back, the lifecycle's state is read again
 * and the step that is open is done.
 */
final class LifecycleStream {

  private static final Logger log = LoggerFactory.getLogger(LifecycleStream.class);
  private static final List<String> DEPARTMENTS =
      List.of("lending", "children", "network", "events", "digital");
  private static final int IN_WORK = 4;
  private static final int NEXT_VERSION_PERCENT = 35;

  private final NodeProcess node;
  private final NodeClient client;
  private final Random random;
  private final List<HttpLifecycle> all = new ArrayList<>();
  private final List<HttpLifecycle> inWork = new ArrayList<>();

  /**
   * Lifecycles that put their version in force, and no newer version of their plan was begun yet.
   */
  private final List<HttpLifecycle> inForce = new ArrayList<>();

  private final AtomicInteger steps = new AtomicInteger();
  private int interrupted;
  private int refused;

  LifecycleStream(NodeProcess node, NodeClient client, Random random) {
    this.node = node;
    this.client = client;
    this.random = random;
  }

  /**
   * Starts new lifecycles while {@code more} says so (and until {@code atLeast} exist), then
   * finishes them all.
   */
  void run(int atLeast, BooleanSupplier more, Duration finishWithin) {
    long deadline = Long.MAX_VALUE;
    int turn = 0;
    int waiting = 0;
    while (true) {
      boolean starting = all.size() < atLeast || more.getAsBoolean();
      if (!starting && deadline == Long.MAX_VALUE) {
        deadline = System.nanoTime() + finishWithin.toNanos();
        log.info("No new lifecycles; finishing the {} in work", inWork.size());
      }
      while (starting && inWork.size() < IN_WORK) {
        inWork.add(next());
      }
      if (inWork.isEmpty()) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "Lifecycles not finished within "
                + finishWithin
                + ": "
                + inWork.stream().map(HttpLifecycle::code).toList());
      }
      HttpLifecycle lifecycle = inWork.get(turn++ % inWork.size());
      Progress progress = advance(lifecycle);
      if (progress == Progress.ENDED) {
        inWork.remove(lifecycle);
        if (lifecycle.approved()) {
          inForce.add(lifecycle);
        }
      }
      waiting = progress == Progress.WAITING ? waiting + 1 : 0;
      if (waiting >= inWork.size()) {
        NodeProcess.sleep(500); // every lifecycle in work waits for a job
        waiting = 0;
      }
    }
  }

  private Progress advance(HttpLifecycle lifecycle) {
    try {
      Progress progress = lifecycle.advance(client);
      if (progress == Progress.STARTED || progress == Progress.STEP_DONE) {
        steps.incrementAndGet();
      }
      return progress;
    } catch (RuntimeException e) {
      if (node.up()) {
        // The node answered but refused, or the state moved on meanwhile (a job, an earlier
        // request that committed although its answer was lost): read the state again.
        refused++;
        log.info("{}: {}", lifecycle.code(), e.getMessage());
        NodeProcess.sleep(300);
      } else {
        interrupted++;
        log.info("{}: {}; waiting for the node", lifecycle.code(), e.getMessage());
        while (!node.up()) {
          NodeProcess.sleep(500);
        }
      }
      return Progress.WAITING;
    }
  }

  private HttpLifecycle next() {
    List<String> asked = new ArrayList<>(DEPARTMENTS);
    java.util.Collections.shuffle(asked, random);
    asked = asked.subList(0, 1 + random.nextInt(3));
    int kind = random.nextInt(100);
    List<Decision> decisions =
        kind < 70
            ? List.of(Decision.APPROVE)
            : kind < 85
                ? List.of(Decision.REQUEST_CHANGES, Decision.APPROVE)
                : List.of(Decision.REJECT);
    String code = "CRASH-%03d".formatted(all.size() + 1);
    HttpLifecycle lifecycle =
        !inForce.isEmpty() && random.nextInt(100) < NEXT_VERSION_PERCENT
            ? HttpLifecycle.nextVersion(
                code, inForce.remove(random.nextInt(inForce.size())), asked, decisions)
            : new HttpLifecycle(code, asked, decisions);
    all.add(lifecycle);
    return lifecycle;
  }

  List<HttpLifecycle> lifecycles() {
    return List.copyOf(all);
  }

  /** Steps the node confirmed so far (read by the killer while the stream runs). */
  int steps() {
    return steps.get();
  }

  /** Lifecycles that made the next version of a plan (each supersedes a version when approved). */
  int nextVersions() {
    return (int) all.stream().filter(l -> l.previous() != null).count();
  }

  int interrupted() {
    return interrupted;
  }

  int refused() {
    return refused;
  }
}
