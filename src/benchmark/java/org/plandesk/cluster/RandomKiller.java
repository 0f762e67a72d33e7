package org.plandesk.cluster;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kills a node's JVM with SIGKILL at random points, as the OOM killer would (what the node started,
 * LibreOffice, lives on: {@link NodeProcess#crash}), and starts it again at once. Three kills in
 * four come while the node works: after a random number of users' steps (4 to 30) since it came up,
 * and a random moment (up to 1.5 s) later, so kills land in requests, in the jobs and mails a step
 * sets off, and between them. Every fourth comes while the node is still starting. Before each kill
 * it notes what the node had in hand: jobs it had locked and mails it had claimed.
 */
final class RandomKiller implements Runnable {

  /** One kill: its phase, how long the node had been up (or starting), and what it had in hand. */
  record Kill(
      int number,
      String phase,
      long afterMillis,
      int stepsSinceUp,
      long lockedJobs,
      long claimedMails) {}

  private static final Logger log = LoggerFactory.getLogger(RandomKiller.class);
  private static final Duration START_UP = Duration.ofMinutes(5);
  private static final Duration LONGEST_WINDOW = Duration.ofSeconds(60);

  private final NodeProcess node;
  private final FreshDatabase database;
  private final Duration lockTime;
  private final IntSupplier steps;
  private final int kills;
  private final Random random;
  private final List<Kill> done = new ArrayList<>();
  private volatile boolean finished;

  RandomKiller(
      NodeProcess node,
      FreshDatabase database,
      Duration lockTime,
      IntSupplier steps,
      int kills,
      Random random) {
    this.node = node;
    this.database = database;
    this.lockTime = lockTime;
    this.steps = steps;
    this.kills = kills;
    this.random = random;
  }

  @Override
  public void run() {
    try {
      for (int number = 1; number <= kills; number++) {
        Instant started = Instant.now();
        int stepsAtUp = steps.getAsInt();
        String phase = "starting";
        if (number % 4 == 0) {
          NodeProcess.sleep(2_000 + random.nextInt(18_000));
          if (node.up()) {
            phase = "working";
          }
        } else {
          node.awaitUp(START_UP);
          started = Instant.now();
          stepsAtUp = steps.getAsInt();
          awaitSteps(stepsAtUp + 4 + random.nextInt(27));
          NodeProcess.sleep(random.nextInt(1_500));
          phase = "working";
        }
        long locked = lockedJobsSince(started);
        long claimed = claimedMailsSince(started);
        node.crash();
        var kill =
            new Kill(
                number,
                phase,
                Duration.between(started, Instant.now()).toMillis(),
                steps.getAsInt() - stepsAtUp,
                locked,
                claimed);
        synchronized (done) {
          done.add(kill);
        }
        log.info("SIGKILL {} of {}: {}; starting the node again", number, kills, kill);
        node.start();
      }
      node.awaitUp(START_UP);
    } finally {
      finished = true;
    }
  }

  private void awaitSteps(int target) {
    long deadline = System.nanoTime() + LONGEST_WINDOW.toNanos();
    while (steps.getAsInt() < target && System.nanoTime() < deadline) {
      NodeProcess.sleep(50);
    }
  }

  /** Jobs this incarnation of the node has locked (locked after it started) and not finished. */
  private long lockedJobsSince(Instant started) {
    return database
        .jdbc()
        .sql("SELECT COUNT(*) FROM act_ru_job WHERE lock_exp_time_ > ?")
        .param(Timestamp.from(started.plus(lockTime)))
        .query(Long.class)
        .single();
  }

  private long claimedMailsSince(Instant started) {
    return database
        .jdbc()
        .sql("SELECT COUNT(*) FROM mail_outbox WHERE status = 'SENDING' AND claimed_at >= ?")
        .param(Timestamp.from(started))
        .query(Long.class)
        .single();
  }

  boolean finished() {
    return finished;
  }

  List<Kill> kills() {
    synchronized (done) {
      return List.copyOf(done);
    }
  }
}
