package org.plandesk.cluster;

import ch.qos.logback.classic.Level;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.plandesk.cluster.NodeProcess.Launch;
import org.plandesk.notification.ReceivedMail;
import org.slf4j.LoggerFactory;

/**
 * Crash safety, a command (long: not part of {@code mvn verify}). Runs a stream of plan lifecycles
 * over HTTP against PlanDesk's packaged jar as a child process on a fresh PostgreSQL database (some
 * of them next versions that supersede a version in force), kills the process's JVM with SIGKILL at
 * random moments (at least 20 times by default) as the OOM killer would, starts it again each time,
 * finishes every lifecycle, and then proves from the database and the SMTP server in this process
 * (GreenMail) that every lifecycle completed, no input or decision was lost, no document was
 * generated twice, no mail was lost or sent twice, and no mail went out that the engine's history
 * does not justify ({@link HistoryJustifiesMails}). A mail whose sender was killed while handing it
 * to SMTP is UNCONFIRMED; the run settles those as an admin would ({@link UnconfirmedMails}) before
 * checking. After the node is stopped, no LibreOffice process of the node may be left alive ({@link
 * OfficeProcesses}); the run ends any it finds.
 *
 * <pre>
 * mvn -q -B -o package -DskipTests
 * mvn -q -B -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.plandesk.cluster.CrashSafetyRun -Dexec.args="kills=20 lifecycles=30 seed=1"
 * </pre>
 *
 * Options: {@code kills}, {@code lifecycles} (at least this many), {@code seed}, {@code jar}
 * (default {@code target/plandesk-0.1.0-SNAPSHOT.jar}), {@code office=true} (LibreOffice renders
 * PDFs in the node; a kill leaves it running, as the OOM killer would), {@code lock} (seconds a
 * killed node's jobs stay locked and its sender's mails stay claimed, default 30), {@code db} (the
 * database is {@code plandesk_cluster_<db>}, default {@code crash}). The node's log goes to {@code
 * target/cluster-logs/<db>/}. Exits with 1 when a check fails.
 */
public final class CrashSafetyRun {

  private static final String ADMIN_PASSWORD = "crash-admin";

  private CrashSafetyRun() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    int kills = Integer.parseInt(options.getOrDefault("kills", "20"));
    int atLeast = Integer.parseInt(options.getOrDefault("lifecycles", "30"));
    long seed =
        Long.parseLong(options.getOrDefault("seed", String.valueOf(System.currentTimeMillis())));
    Path jar = Path.of(options.getOrDefault("jar", "target/plandesk-0.1.0-SNAPSHOT.jar"));
    boolean office = Boolean.parseBoolean(options.getOrDefault("office", "false"));
    Duration lockTime = Duration.ofSeconds(Long.parseLong(options.getOrDefault("lock", "30")));
    String name = options.getOrDefault("db", "crash");
    if (!jar.toFile().isFile()) {
      throw new IllegalStateException(
          "No " + jar + ": build it first with mvn -q -B -o package -DskipTests");
    }
    quietLogging();

    FreshDatabase database = FreshDatabase.create(name);
    int smtpPort = NodeProcess.freePort();
    GreenMail smtp =
        new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    // Jobs locked and mails claimed by a killed node are taken up again after the lock time
    // (production: 2 and 10 minutes). It must stay above the longest job and the longest send: a
    // few seconds in a node without LibreOffice, so the smoke run's 15 s are still safe.
    NodeSettings settings =
        new NodeSettings(
            database.url(),
            smtpPort,
            ADMIN_PASSWORD,
            "https://plandesk.example",
            Map.of(
                "camunda.bpm.job-execution.lock-time-in-millis",
                    String.valueOf(lockTime.toMillis()),
                "plandesk.notification.claim-timeout", lockTime.toString(),
                "plandesk.documents.office-enabled", String.valueOf(office)));
    NodeProcess node =
        settings.node(
            "crash-node",
            NodeProcess.freePort(),
            Launch.jar(jar),
            Path.of("target", "cluster-logs", name));
    // A node left running would go on working on the next run's database of the same name.
    Runtime.getRuntime().addShutdownHook(new Thread(node::kill, "kill-node"));
    long began = System.nanoTime();
    List<ExactlyOnceChecks.Check> checks = new ArrayList<>();
    LifecycleStream stream;
    RandomKiller killer;
    UnconfirmedMails.Settled settled;
    try {
      node.start().awaitUp(Duration.ofMinutes(5));
      stream = new LifecycleStream(node, new NodeClient(node, ADMIN_PASSWORD), new Random(seed));
      killer =
          new RandomKiller(node, database, lockTime, stream::steps, kills, new Random(seed + 1));
      Thread killing = new Thread(killer, "killer");
      killing.setDaemon(true);
      killing.start();
      stream.run(atLeast, () -> !killer.finished(), Duration.ofMinutes(20));
      killing.join();
      Quiet.await(database, stream.lifecycles(), Duration.ofMinutes(5));
      // Claims of the last kill expire after the claim timeout; then an admin settles what is
      // unconfirmed.
      NodeProcess.sleep(lockTime.plusSeconds(10).toMillis());
      settled = UnconfirmedMails.settle(new NodeClient(node, ADMIN_PASSWORD), received(smtp));
      Quiet.await(database, stream.lifecycles(), Duration.ofMinutes(2));

      List<ReceivedMail> received = received(smtp);
      checks.addAll(
          new ExactlyOnceChecks(database.jdbc()).run(stream.lifecycles(), received, false));
    } finally {
      node.stop();
      smtp.stop();
    }
    // After the node stopped as a deployment stops it: what the killed incarnations started must be
    // gone too.
    checks.add(OfficeProcesses.noneLeftAlive(List.of(node)));
    List<OfficeProcesses.Office> leftOver = OfficeProcesses.of(List.of(node));
    print(seed, office, began, killer, stream, settled, checks);
    if (!leftOver.isEmpty()) {
      // The run's own orphans: ended, so they do not pile up on the machine run after run.
      OfficeProcesses.end(leftOver);
      System.out.printf(
          "ended the %d office processes left alive: pids %s%n",
          leftOver.size(), leftOver.stream().map(OfficeProcesses.Office::pid).toList());
    }
    System.exit(ExactlyOnceChecks.allPassed(checks) ? 0 : 1);
  }

  private static List<ReceivedMail> received(GreenMail smtp) {
    return Arrays.stream(smtp.getReceivedMessages()).map(ReceivedMail::of).toList();
  }

  private static void print(
      long seed,
      boolean office,
      long began,
      RandomKiller killer,
      LifecycleStream stream,
      UnconfirmedMails.Settled settled,
      List<ExactlyOnceChecks.Check> checks) {
    var kills = killer.kills();
    long whileStarting = kills.stream().filter(k -> k.phase().equals("starting")).count();
    long withJobs = kills.stream().filter(k -> k.lockedJobs() > 0).count();
    long withMails = kills.stream().filter(k -> k.claimedMails() > 0).count();
    System.out.printf(
        "%nCrash safety (seed %d, LibreOffice %s), %.1f minutes%n",
        seed, office ? "on" : "off", (System.nanoTime() - began) / 60e9);
    System.out.printf(
        "SIGKILLs: %d (%d while working, %d while starting), %d starts%n",
        kills.size(), kills.size() - whileStarting, whileStarting, kills.size() + 1);
    System.out.printf(
        "kills with jobs locked by the node: %d; with mails claimed by its sender: %d%n",
        withJobs, withMails);
    System.out.printf(
        "kill moments (ms after the node came up, s: after it was started / steps confirmed in between):%n  %s%n",
        kills.stream()
            .map(
                k ->
                    k.afterMillis() + (k.phase().equals("starting") ? "s" : "/" + k.stepsSinceUp()))
            .toList());
    System.out.printf(
        "lifecycles: %d (%d of them the next version of a plan in force); steps confirmed by the node: %d;"
            + " requests cut by a kill: %d; refused or raced: %d%n",
        stream.lifecycles().size(),
        stream.nextVersions(),
        stream.steps(),
        stream.interrupted(),
        stream.refused());
    System.out.printf(
        "mails left UNCONFIRMED by a kill while handing them to SMTP: %d (the admin found %d delivered"
            + " and confirmed them, resent %d)%n",
        settled.total(), settled.confirmed(), settled.resent());
    checks.forEach(System.out::println);
    System.out.println(ExactlyOnceChecks.allPassed(checks) ? "ALL CHECKS PASSED" : "CHECKS FAILED");
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      String[] pair = arg.split("=", 2);
      if (pair.length != 2) {
        throw new IllegalArgumentException("Options are key=value: " + arg);
      }
      options.put(pair[0], pair[1]);
    }
    return options;
  }

  private static void quietLogging() {
    var root =
        (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.WARN);
    // GreenMail reports every connection a killed node dropped, with its stack trace.
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("com.icegreen")).setLevel(Level.ERROR);
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.plandesk")).setLevel(Level.INFO);
  }
}
