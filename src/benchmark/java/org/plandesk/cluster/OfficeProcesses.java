package org.plandesk.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.plandesk.cluster.ExactlyOnceChecks.Check;

/**
 * LibreOffice processes of a run's nodes still alive after the run: a node killed with SIGKILL
 * cannot stop the office process it started, and nothing may leave one behind for good.
 *
 * <p>An office process is the node's when its command line ({@code /proc/<pid>/cmdline}) names one
 * of the node's LibreOffice profile directories: each lies under the node's own temporary folder
 * ({@link NodeProcess#tmpDir()}, where jodconverter keeps them, named after the office's port), and
 * the node's log names every one it started. Other nodes', other runs' and users' office processes
 * are never matched, so never counted or ended.
 */
final class OfficeProcesses {

  /**
   * jodconverter's line for each office process it starts: "... and profileDir
   * '/tmp/.jodconverter_..._port-2002_...'".
   */
  private static final Pattern PROFILE_DIR = Pattern.compile("profileDir '([^']+)'");

  /**
   * The port an office process listens on, from its {@code --accept=socket,host=...,port=2002,...}.
   */
  private static final Pattern PORT = Pattern.compile("port=(\\d+)");

  /** One office process: its pid and command line. */
  record Office(long pid, String commandLine) {
    @Override
    public String toString() {
      Matcher port = PORT.matcher(commandLine);
      String program = commandLine.split(" ", 2)[0];
      return "pid "
          + pid
          + " ("
          + program.substring(program.lastIndexOf('/') + 1)
          + (port.find() ? ", port " + port.group(1) : "")
          + ")";
    }
  }

  private OfficeProcesses() {}

  /** Fails with each office process of the nodes that is still alive. */
  static Check noneLeftAlive(List<NodeProcess> nodes) {
    List<Office> alive = of(nodes);
    int started = nodes.stream().mapToInt(n -> profileDirs(n).size()).sum();
    List<String> problems = alive.stream().map(Office::toString).toList();
    return new Check(
        "no LibreOffice process of the run's nodes left alive",
        problems.isEmpty(),
        problems.isEmpty()
            ? "0 alive of the " + started + " office processes the nodes started"
            : alive.size()
                + " of the "
                + started
                + " office processes the nodes started are still alive: "
                + problems);
  }

  /** The office processes of these nodes that are alive now. */
  static List<Office> of(List<NodeProcess> nodes) {
    Set<String> dirs = new LinkedHashSet<>();
    for (NodeProcess node : nodes) {
      dirs.add(node.tmpDir().toAbsolutePath().toString());
      dirs.addAll(profileDirs(node));
    }
    List<Office> found = new ArrayList<>();
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      processes
          .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
          .forEach(
              p -> {
                String commandLine = commandLine(p);
                if (commandLine.contains("soffice")
                    && dirs.stream().anyMatch(commandLine::contains)) {
                  found.add(new Office(Long.parseLong(p.getFileName().toString()), commandLine));
                }
              });
    } catch (IOException e) {
      throw new IllegalStateException("Cannot list /proc: office processes cannot be checked", e);
    }
    return found;
  }

  /** Ends office processes found by {@link #of}: the run's own, left behind by its killed nodes. */
  static void end(List<Office> offices) {
    offices.forEach(o -> ProcessHandle.of(o.pid()).ifPresent(ProcessHandle::destroyForcibly));
  }

  /**
   * The profile directories of the office processes the node's log says it started, but none
   * directly in the machine's shared temporary folder: a path there (jodconverter's default) may be
   * another run's or user's office on the same port.
   */
  private static Set<String> profileDirs(NodeProcess node) {
    Set<String> dirs = new LinkedHashSet<>();
    Path shared = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
    try {
      if (Files.exists(node.log())) {
        Matcher m = PROFILE_DIR.matcher(Files.readString(node.log(), StandardCharsets.UTF_8));
        while (m.find()) {
          if (!shared.equals(Path.of(m.group(1)).toAbsolutePath().getParent())) {
            dirs.add(m.group(1));
          }
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the log of " + node.name(), e);
    }
    return dirs;
  }

  /**
   * The process's command line with spaces between its arguments; empty when it ended meanwhile or
   * is not readable.
   */
  private static String commandLine(Path process) {
    try {
      return new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8)
          .replace('\0', ' ')
          .strip();
    } catch (IOException | SecurityException e) {
      return "";
    }
  }
}
