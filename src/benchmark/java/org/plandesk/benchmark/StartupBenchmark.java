package org.plandesk.benchmark;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up time and peak memory of PlanDesk against an empty Camunda webapp application of the same
 * versions ({@link org.plandesk.benchmark.emptyapp.EmptyCamundaApplication}), each launched as its
 * own JVM on a fresh H2 file database, several times, alternating (a command, not a test). Measures
 * the time from launch to the first successful HTTP response, the "Started ... in" seconds Spring
 * Boot logs, and the peak resident memory (VmHWM of /proc/PID/status) at a fixed time after the
 * first response; prints each run, the medians and the ratios PlanDesk / empty.
 *
 * <p>{@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.plandesk.benchmark.StartupBenchmark -Dexec.args="3 10"} (runs, seconds to
 * wait after the first response before reading the peak; further arguments go to PlanDesk, e.g.
 * {@code --plandesk.documents.office-enabled=false}). Needs {@code mvn compile} output in
 * target/classes; resolves both classpaths with {@code mvn dependency:build-classpath}.
 */
public final class StartupBenchmark {

  private static final Pattern STARTED = Pattern.compile("Started \\w+ in ([0-9.]+) seconds");
  private static final String READY_PATH = "/camunda/api/engine/engine";

  private record App(String name, String mainClass, String classpath, List<String> args) {}

  private record Result(String app, double readySeconds, double startedSeconds, long peakRssKb) {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    int settle = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    Path work = Files.createDirectories(Path.of("target", "startup"));
    App planDesk =
        new App(
            "PlanDesk",
            "org.plandesk.PlanDeskApplication",
            "target/classes"
                + File.pathSeparator
                + classpath(Path.of("pom.xml"), work.resolve("plandesk.classpath")),
            List.of(args).subList(Math.min(2, args.length), args.length));
    App empty =
        new App(
            "empty Camunda app",
            "org.plandesk.benchmark.emptyapp.EmptyCamundaApplication",
            "target/test-classes"
                + File.pathSeparator
                + classpath(
                    Path.of("src/benchmark/startup/empty-camunda-pom.xml"),
                    work.resolve("empty.classpath")),
            List.of("--spring.config.name=emptycamunda"));

    List<Result> results = new ArrayList<>();
    String loadBefore = Latencies.loadAverage();
    System.out.printf(
        "PlanDesk's own arguments: %s%n",
        planDesk.args().isEmpty() ? "none (its defaults)" : planDesk.args());
    for (int run = 1; run <= runs; run++) {
      for (App app : List.of(planDesk, empty)) {
        Result result = launch(app, work, run, settle);
        results.add(result);
        System.out.printf(
            "run %d %-18s first response %6.1f s, 'Started' %6.1f s, peak RSS %5d MB%n",
            run,
            app.name(),
            result.readySeconds(),
            result.startedSeconds(),
            result.peakRssKb() / 1024);
      }
    }
    Result p = median(results, planDesk.name());
    Result e = median(results, empty.name());
    System.out.printf(
        "%nmedians of %d runs (load average before %s, after %s)%n",
        runs, loadBefore, Latencies.loadAverage());
    System.out.printf("%-18s %16s %12s %14s%n", "", "first response", "'Started'", "peak RSS");
    for (Result r : List.of(p, e)) {
      System.out.printf(
          "%-18s %14.1f s %10.1f s %11d MB%n",
          r.app(), r.readySeconds(), r.startedSeconds(), r.peakRssKb() / 1024);
    }
    System.out.printf(
        "%-18s %15.2fx %11.2fx %13.2fx%n",
        "PlanDesk / empty",
        p.readySeconds() / e.readySeconds(),
        p.startedSeconds() / e.startedSeconds(),
        (double) p.peakRssKb() / e.peakRssKb());
  }

  /**
   * Starts the app, waits for its first HTTP answer, lets it settle, reads its peak RSS, stops it.
   */
  private static Result launch(App app, Path work, int run, int settleSeconds) throws Exception {
    int port = freePort();
    Path data = Files.createTempDirectory("plandesk-startup-");
    Path log = work.resolve(app.name().replace(' ', '-') + "-" + run + ".log");
    List<String> command =
        new ArrayList<>(
            List.of(
                javaCommand(),
                "-cp",
                app.classpath(),
                app.mainClass(),
                "--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:file:"
                    + data.resolve("db")
                    + ";DB_CLOSE_ON_EXIT=FALSE"));
    command.addAll(app.args());
    long start = System.nanoTime();
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      double ready = waitForFirstResponse(process, port, start);
      Thread.sleep(settleSeconds * 1000L);
      return new Result(app.name(), ready, startedSeconds(log), peakRssKb(process.pid()));
    } finally {
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
      if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  private static double waitForFirstResponse(Process process, int port, long start)
      throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + READY_PATH))
            .timeout(Duration.ofSeconds(5))
            .build();
    while (System.nanoTime() - start < 300_000_000_000L) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "The application exited with " + process.exitValue() + " before answering");
      }
      try {
        // The empty app's webapp API is open (200); PlanDesk's needs a sign-in (401, answered once
        // the engine and the web server are up, as the empty app's 200 is).
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status == 200 || status == 401) {
          return (System.nanoTime() - start) / 1e9;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("No answer on port " + port + " within 300 s");
  }

  private static double startedSeconds(Path log) throws IOException {
    Matcher m = STARTED.matcher(Files.readString(log));
    return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
  }

  private static long peakRssKb(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    throw new IllegalStateException("No VmHWM for process " + pid);
  }

  /** The dependencies of a Maven project (runtime scope), via the dependency plugin. */
  private static String classpath(Path pom, Path output) throws Exception {
    Process mvn =
        new ProcessBuilder(
                "mvn",
                "-q",
                "-B",
                "-f",
                pom.toString(),
                "dependency:build-classpath",
                "-Dmdep.includeScope=runtime",
                "-Dmdep.outputFile=" + output.toAbsolutePath())
            .inheritIO()
            .start();
    if (mvn.waitFor() != 0) {
      throw new IllegalStateException("mvn dependency:build-classpath failed for " + pom);
    }
    return Files.readString(output).strip();
  }

  private static String javaCommand() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static Result median(List<Result> results, String app) {
    List<Result> of = results.stream().filter(r -> r.app().equals(app)).toList();
    double ready = of.stream().map(Result::readySeconds).sorted().toList().get(of.size() / 2);
    double started = of.stream().map(Result::startedSeconds).sorted().toList().get(of.size() / 2);
    long rss =
        of.stream()
            .map(Result::peakRssKb)
            .sorted(Comparator.naturalOrder())
            .toList()
            .get(of.size() / 2);
    return new Result(app, ready, started, rss);
  }
}
