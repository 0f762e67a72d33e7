package org.plandesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.sql.DriverManager;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.plandesk.acknowledge.AcknowledgementBenchmark;
import org.plandesk.cluster.CrashSafetyRun;
import org.plandesk.cluster.NodeProcess;
import org.plandesk.document.DocumentBenchmark;

/**
 * The smoke runs of the benchmarks and the crash run, part of {@code mvn verify} so that none of
 * them can stop working unnoticed: each command's {@code main} runs once, in a JVM of its own
 * ({@link Command}), with a tiny size. Each asserts that the command completed (exit code 0) and
 * printed its figures: the lines that carry them are there and their figures are numbers. The
 * figures themselves appear in the test output ({@code
 * target/failsafe-reports/org.plandesk.benchmark.BenchmarkSmokeTest-output.txt}); at this size they
 * mean nothing, and nothing here is timed. The PostgreSQL databases get names of this JVM's own and
 * are dropped afterwards, so builds of other worktrees on the same server are not disturbed.
 */
@Tag("integration")
class BenchmarkSmokeTest {

  /** Only against a command that hangs; a smoke run takes seconds to a few minutes. */
  private static final Duration HANG = Duration.ofMinutes(10);

  private static final String SUFFIX = "smoke_" + ProcessHandle.current().pid();

  @Test
  void documentRenderingAgainstBareDocx4j() throws Exception {
    Figures run = completed(Command.start(DocumentBenchmark.class, List.of(), "3", "2"));

    run.expect("bare docx4j load-and-save p50 # ms p95 # ms peak heap # MB");
    run.expect("PlanDesk render (large plan) p50 # ms p95 # ms peak heap # MB");
    run.expect("ratio render/floor: p50 #x, p95 #x");
  }

  @Test
  void readAndAcknowledgeAtScale() throws Exception {
    Figures run = completed(Command.start(AcknowledgementBenchmark.class, List.of(), "20", "3"));

    run.expect("20 staff: round opened (20 records, no user task) in # ms");
    run.expect("status read (n of m, who is missing) p50 # ms max # ms (3 readings)");
    run.expect("one person's open acknowledgements (What's due): 1 in # ms");
    run.expect("20 confirmations in # ms (# ms each); 20 of 20 confirmed");
  }

  @Test
  void planLifecycleAgainstBareCamunda() throws Exception {
    String database = "plandesk_ratio_" + SUFFIX;
    try {
      // 2 measured lifecycles of each side, after the benchmark's 5 warm-up pairs.
      Figures run =
          completed(
              Command.start(
                  LifecycleBenchmark.class, List.of("-Dplandesk.bench.db=" + database), "2"));

      run.expect("approve # ms # ms # ms # ms # #");
      run.expect("per lifecycle (mean): PlanDesk # ms, baseline # ms: ratio #x with the DOCX");
      run.expect(
          "without the document step on either side: PlanDesk # ms, baseline # ms: ratio #x");
      run.expect("SQL per lifecycle: PlanDesk # statements in # round trips, baseline # in #");
    } finally {
      dropDatabase(database);
    }
  }

  @Test
  void startUpAgainstAnEmptyCamundaApplication() throws Exception {
    // One run of each application, its peak memory read 1 s after its first response; PlanDesk
    // without LibreOffice, whose start would compete for the cores.
    Figures run =
        completed(
            Command.start(
                StartupBenchmark.class,
                List.of(),
                "1",
                "1",
                "--plandesk.documents.office-enabled=false"));

    run.expect("run 1 PlanDesk first response # s, 'Started' # s, peak RSS # MB");
    run.expect("run 1 empty Camunda app first response # s, 'Started' # s, peak RSS # MB");
    run.expect("PlanDesk / empty #x #x #x");
  }

  @Test
  void jobDurationsWithLibreOffice() throws Exception {
    String database = "plandesk_job_duration_" + SUFFIX;
    try {
      // 2 documents: the first after the start and one more; then one after LibreOffice was
      // killed.
      Figures run =
          completed(
              Command.start(
                  JobDurationBenchmark.class, List.of("-Dplandesk.bench.db=" + database), "2"));

      run.expect("document, first after the start (LibreOffice starting) #");
      run.expect("document, the 1 next (p50 / max) # / #");
      run.expect("document, right after LibreOffice was killed #");
      run.expect("entry into force, 3 (p50 / max) # / #");
    } finally {
      dropDatabase(database);
    }
  }

  /** The three commands of reading at scale, and the load benchmark against the same server. */
  @Test
  void readingAndLoadOnASeededDatabase() throws Exception {
    String database = "plandesk_scale_" + SUFFIX;
    try {
      // 7 template plans and 7 copies of each (the reading benchmark pages by 50), 2 opened.
      Figures seed = completed(Command.start(ScaleSeed.class, List.of(), "50", "2", database));
      seed.expect("template plans driven through the engine: [SCALE-A, * in # s");
      seed.expect("plans: #; versions by status:");

      int port = NodeProcess.freePort();
      try (Command server =
          Command.start(ScaleServer.class, List.of(), database, String.valueOf(port))) {
        server.awaitLine(Pattern.compile("listens on http://127.0.0.1:" + port), HANG);
        String url = "http://127.0.0.1:" + port;
        String pid = String.valueOf(server.pid());

        Figures reading =
            completed(Command.start(ReadingBenchmark.class, List.of(), url, "10", database, pid));
        reading.expect("# plans in " + database + "; # requests in # s, # MB of HTML");
        reading.expect("audit trail # # ms # ms # ms");
        reading.expect("what's due / (auditor) # # ms # ms # ms");
        reading.expect("what's due / (director) # # ms # ms # ms");
        reading.expect("grants register /grants # # ms # ms # ms");
        reading.expect("grant request /grants/{id} # # ms # ms # ms");
        reading.expect("plan progress # # ms # ms # ms");
        reading.expect("server CPU: # s for # requests, # ms per request");

        // 50 users (every role) and 300 requests; exit code 0: no request failed.
        Figures load =
            completed(
                Command.start(LoadBenchmark.class, List.of(), url, "50", "300", database, pid));
        load.expect("50 users, # requests in # s (# requests/s)");
        load.expect("plans started and drafted: #, approvals: #, conflicts * errors: 0");
        load.expect("sign in (form) # # ms # ms # ms");
        load.expect("server CPU: # s for # requests, # ms per request");
      }
    } finally {
      dropDatabase(database);
    }
  }

  @Test
  void crashSafetyWithOneKill() throws Exception {
    String database = "crash_" + SUFFIX;
    List<String> args =
        new ArrayList<>(
            // Seed 10: the kill comes 4 steps after the node is up. Locks and claims of 15 s (30 s
            // in the long run) shorten the waits after the kill.
            List.of("kills=1", "lifecycles=2", "seed=10", "lock=15", "db=" + database));
    String jar = System.getProperty("plandesk.jar");
    if (jar != null) {
      args.add("jar=" + jar);
    }
    try {
      Figures run =
          completed(Command.start(CrashSafetyRun.class, List.of(), args.toArray(String[]::new)));

      run.expect("Crash safety (seed 10, LibreOffice off), # minutes");
      run.expect("SIGKILLs: 1 (# while working, # while starting), 2 starts");
      run.expect("lifecycles: # (# of them the next version of a plan in force)");
      run.expect("ALL CHECKS PASSED");
    } finally {
      dropDatabase("plandesk_cluster_" + database);
    }
  }

  /** Runs the command to its end; it must exit with 0. */
  private static Figures completed(Command command) throws InterruptedException {
    try (command) {
      int exit = command.awaitExit(HANG);
      assertThat(exit).as("exit code of the smoke run").isZero();
      return new Figures(command.lines());
    }
  }

  /** What a command printed, read for its figures. */
  private record Figures(List<String> lines) {

    private static final String NUMBER = "(-?[0-9][0-9.,]*)";

    /**
     * Asserts that a line begins as {@code template} says, with numbers as its figures. In the
     * template, {@code #} stands for a figure, {@code *} for any text, and a space for any run of
     * spaces (the columns of a table).
     */
    void expect(String template) {
      Pattern pattern = pattern(template);
      for (String line : lines) {
        Matcher m = pattern.matcher(line);
        if (m.find()) {
          for (int group = 1; group <= m.groupCount(); group++) {
            assertNumber(m.group(group), line);
          }
          return;
        }
      }
      fail("No line printed as \"%s\"", template);
    }

    private static Pattern pattern(String template) {
      StringBuilder regex = new StringBuilder("^\\s*");
      StringBuilder literal = new StringBuilder();
      for (char c : template.toCharArray()) {
        if (c == '#' || c == '*' || c == ' ') {
          regex.append(literal.isEmpty() ? "" : Pattern.quote(literal.toString()));
          literal.setLength(0);
          regex.append(c == '#' ? NUMBER : c == '*' ? ".*?" : "\\s+");
        } else {
          literal.append(c);
        }
      }
      regex.append(literal.isEmpty() ? "" : Pattern.quote(literal.toString()));
      return Pattern.compile(regex.toString());
    }

    /** A figure as the command printed it, in this JVM's (and so the command's) locale. */
    private static void assertNumber(String text, String line) {
      ParsePosition position = new ParsePosition(0);
      Number number =
          NumberFormat.getNumberInstance(Locale.getDefault(Locale.Category.FORMAT))
              .parse(text, position);
      if (number == null || position.getIndex() != text.length()) {
        fail("Not a number: \"%s\" in \"%s\"", text, line);
      }
    }
  }

  /** Drops a database this test's commands made on the local PostgreSQL server. */
  private static void dropDatabase(String name) throws Exception {
    if (!name.contains(SUFFIX)) {
      throw new IllegalArgumentException("Not a database of this smoke run: " + name);
    }
    try (var c =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
        var s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }
}
