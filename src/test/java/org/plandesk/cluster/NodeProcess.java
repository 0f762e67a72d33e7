package org.plandesk.cluster;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.plandesk.PlanDeskApplication;

/**
 * One PlanDesk node as its own operating-system process (a child JVM), configured through the
 * environment variables and arguments an administrator would use. A child process, not a second
 * Spring context in the test JVM: the engine registry, the REST API's engine lookup and ClockUtil
 * are static, and only a real process can be killed with SIGKILL.
 *
 * <p>Started from the packaged jar (the crash run) or, inside {@code mvn verify} where the jar does
 * not exist yet, from the test JVM's own class path.
 */
public final class NodeProcess implements AutoCloseable {

  /** What starts the node: {@code -jar <jar>} or {@code -cp <class path> PlanDeskApplication}. */
  public record Launch(List<String> command) {

    public static Launch jar(Path jar) {
      return new Launch(List.of("-jar", jar.toAbsolutePath().toString()));
    }

    /**
     * The class path this JVM runs with (surefire hands the real one to its forked JVM in a
     * property).
     */
    public static Launch testClassPath() {
      String classPath =
          System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
      // An empty entry (surefire ends the list with a separator) would put the working directory,
      // and with it the source folders processes/ and forms/, on the class path a second time.
      String entries =
          Arrays.stream(classPath.split(File.pathSeparator))
              .filter(entry -> !entry.isBlank())
              .collect(Collectors.joining(File.pathSeparator));
      return new Launch(List.of("-cp", entries, PlanDeskApplication.class.getName()));
    }
  }

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final int port;
  private final Launch launch;
  private final Map<String, String> environment;
  private final List<String> arguments;
  private final Path log;
  private Path tmpDir;
  private Process process;
  private int starts;

  public NodeProcess(
      String name,
      int port,
      Launch launch,
      Map<String, String> environment,
      List<String> arguments,
      Path logDir) {
    this.name = name;
    this.port = port;
    this.launch = launch;
    this.environment = new LinkedHashMap<>(environment);
    this.arguments = List.copyOf(arguments);
    this.log = logDir.resolve(name + ".log");
  }

  public String name() {
    return name;
  }

  public String url() {
    return "http://localhost:" + port;
  }

  public Path log() {
    return log;
  }

  /**
   * The node's own temporary folder ({@code java.io.tmpdir} of its JVM, beside its log, one per
   * {@code NodeProcess}): what it keeps there, such as LibreOffice's profile directories, is told
   * apart from any other node's or run's. Null before the first start.
   */
  public synchronized Path tmpDir() {
    return tmpDir;
  }

  /** Starts the JVM (appending to its log); does not wait for it to be up. */
  public synchronized NodeProcess start() {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException(name + " runs already");
    }
    try {
      Files.createDirectories(log.getParent());
      if (tmpDir == null) {
        tmpDir = Files.createTempDirectory(log.getParent(), name + "-tmp-").toAbsolutePath();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // Small and quick to start: several nodes share two cores with other builds.
    command.addAll(
        List.of(
            "-Xmx512m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-Dfile.encoding=UTF-8",
            "-Djava.io.tmpdir=" + tmpDir));
    command.addAll(launch.command());
    command.addAll(arguments);
    var builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    try {
      Files.writeString(
          log,
          "%n===== start %d of %s =====%n".formatted(++starts, name),
          StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
      builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Waits until {@code /actuator/health} answers UP; fails at once when the process died. */
  public NodeProcess awaitUp(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!alive()) {
        throw new IllegalStateException(
            name + " exited with " + process.exitValue() + " while starting:\n" + logTail(60));
      }
      if (up()) {
        return this;
      }
      sleep(500);
    }
    throw new IllegalStateException(name + " was not up within " + timeout + ":\n" + logTail(60));
  }

  /** Whether the node answers its health check with UP. */
  public boolean up() {
    try {
      var response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(url() + "/actuator/health"))
                  .timeout(Duration.ofSeconds(5))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 && response.body().contains("\"UP\"");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The operating-system process id of the running (or last) JVM. */
  public synchronized long pid() {
    return process.pid();
  }

  public synchronized boolean alive() {
    return process != null && process.isAlive();
  }

  /**
   * SIGKILL to the node's JVM alone, as the kernel's OOM killer or {@code kill -9 <pid>} does: no
   * shutdown hook runs, and processes the node started (LibreOffice) live on, adopted by init.
   * Whatever the node leaves behind this way is its own to clean up on its next start.
   */
  public synchronized void crash() {
    if (process == null) {
      return;
    }
    process.destroyForcibly();
    waitFor(Duration.ofSeconds(30));
  }

  /**
   * SIGKILL to the node and every process it started (LibreOffice), as the machine or container
   * going down would: no shutdown hook runs, nothing of the node is left.
   */
  public synchronized void kill() {
    if (process == null) {
      return;
    }
    List<ProcessHandle> children = process.descendants().toList();
    process.destroyForcibly();
    waitFor(Duration.ofSeconds(30));
    children.forEach(ProcessHandle::destroyForcibly);
  }

  /** SIGTERM, as a rolling deployment stops a node: Spring shuts down gracefully. */
  public synchronized void stop() {
    if (process == null || !process.isAlive()) {
      return;
    }
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    if (!waitFor(Duration.ofSeconds(90))) {
      process.destroyForcibly();
      waitFor(Duration.ofSeconds(30));
    }
    children.forEach(ProcessHandle::destroyForcibly);
  }

  @Override
  public void close() {
    stop();
  }

  /** The last lines of the node's log, for failure messages. */
  public String logTail(int lines) {
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private boolean waitFor(Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** A TCP port nothing listens on now. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
