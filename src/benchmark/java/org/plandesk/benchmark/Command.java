package org.plandesk.benchmark;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A command of this source set (a benchmark's or the crash run's {@code main}) started as {@code
 * exec:java} starts it, with the test class path and the project folder as working directory, but
 * in a JVM of its own: its {@code System.exit}, its static engine clock and its threads stay there.
 * What it prints is relayed line by line to this JVM's output as it comes (the test report keeps
 * it) and kept, so a smoke run can read the figures.
 */
final class Command implements AutoCloseable {

  private final String name;
  private final Process process;
  private final Thread relay;
  private final List<String> lines = new CopyOnWriteArrayList<>();

  private Command(String name, Process process) {
    this.name = name;
    this.process = process;
    this.relay = new Thread(this::relay, name + "-output");
    relay.setDaemon(true);
    relay.start();
  }

  /** Starts {@code main} with these JVM options (system properties) and arguments. */
  static Command start(Class<?> main, List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // Quick to start and light on a shared machine, as the cluster tests' nodes: the figures of a
    // smoke run mean nothing.
    command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", testClassPath(), main.getName()));
    command.addAll(List.of(args));
    System.out.printf("%n===== %s %s%n", main.getSimpleName(), String.join(" ", args));
    try {
      return new Command(
          main.getSimpleName(), new ProcessBuilder(command).redirectErrorStream(true).start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Waits until the command has ended and returns its exit code. The limit only stops a command
   * that hangs: it is no time the command has to keep.
   */
  int awaitExit(Duration limit) throws InterruptedException {
    if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
      close();
      throw new AssertionError(name + " had not ended after " + limit + "; stopped");
    }
    relay.join();
    System.out.printf("===== %s exited with %d%n", name, process.exitValue());
    return process.exitValue();
  }

  /** Waits until the command printed a line that contains {@code pattern}; fails if it ended. */
  String awaitLine(Pattern pattern, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      for (String line : lines) {
        if (pattern.matcher(line).find()) {
          return line;
        }
      }
      if (!process.isAlive()) {
        relay.join();
        throw new AssertionError(
            name + " exited with " + process.exitValue() + " before printing " + pattern);
      }
      Thread.sleep(200);
    }
    close();
    throw new AssertionError(name + " had not printed " + pattern + " after " + limit);
  }

  /** Every line printed so far. */
  List<String> lines() {
    return List.copyOf(lines);
  }

  long pid() {
    return process.pid();
  }

  /**
   * SIGTERM to the command (a Spring application closes, shutdown hooks run), SIGKILL after a
   * minute; then SIGKILL to whatever it started and left running.
   */
  @Override
  public void close() {
    List<ProcessHandle> started = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    started.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }

  private void relay() {
    try (var in =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lines.add(line);
        // The command's own output, relayed as it printed it: these are its figures.
        System.out.println(line);
      }
    } catch (IOException e) {
      lines.add("(output lost: " + e + ")");
    }
  }

  /**
   * The class path of this JVM (surefire and failsafe hand the real one to their forked JVM in a
   * property), without empty entries: one would put the working directory, and with it the source
   * folders processes/ and forms/, on the class path a second time.
   */
  private static String testClassPath() {
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return Arrays.stream(classPath.split(File.pathSeparator))
        .filter(entry -> !entry.isBlank())
        .collect(Collectors.joining(File.pathSeparator));
  }
}
