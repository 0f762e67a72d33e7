package org.plandesk.document;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.jodconverter.local.office.LocalOfficeUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node's hold on its LibreOffice: the office port and working directory, which together name
 * the office's profile directory ({@code -env:UserInstallation}) on its command line. A file lock
 * in the working directory says that a live PlanDesk uses them; the operating system releases it
 * when that JVM ends, also on SIGKILL, while the office it started may live on. Whoever takes the
 * lock may therefore end every process with that profile directory: it is a leftover of an earlier
 * run of the same node, never another node's office (that node would hold the lock) nor a user's
 * LibreOffice (it has its own profile).
 */
final class OfficeClaim implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(OfficeClaim.class);

  /** jodconverter's host of the office's socket (its default). */
  private static final String HOST = "127.0.0.1";

  private final int port;
  private final Path lockFile;
  private final String profileArgument;
  private final FileChannel channel;
  private final FileLock lock;

  private OfficeClaim(
      int port, Path lockFile, String profileArgument, FileChannel channel, FileLock lock) {
    this.port = port;
    this.lockFile = lockFile;
    this.profileArgument = profileArgument;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the office of this port and working directory for this JVM.
   *
   * @throws IllegalStateException when another running PlanDesk (or this one) holds it already
   */
  static OfficeClaim take(Path workDir, int port) {
    Path dir = workDir.toAbsolutePath().normalize();
    Path lockFile = dir.resolve("plandesk-office-" + port + ".lock");
    try {
      Files.createDirectories(dir);
      FileChannel channel =
          FileChannel.open(
              lockFile,
              StandardOpenOption.CREATE,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException sameJvm) {
        lock = null;
      }
      if (lock == null) {
        String holder = readHolder(channel);
        channel.close();
        throw new IllegalStateException(
            "LibreOffice port "
                + port
                + " in "
                + dir
                + " is in use by another running PlanDesk ("
                + holder
                + "): give each node on this machine its own PLANDESK_OFFICE_PORT");
      }
      // For an operator who wonders whose lock it is; the lock itself is what counts.
      channel.truncate(0);
      channel.write(
          StandardCharsets.UTF_8.encode("pid " + ProcessHandle.current().pid() + "\n"), 0);
      channel.force(false);
      return new OfficeClaim(port, lockFile, profileArgument(dir, port), channel, lock);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot claim the LibreOffice working directory " + dir, e);
    }
  }

  /** The port the office listens on. */
  int port() {
    return port;
  }

  /** The processes started with this node's office profile, whoever started them. */
  List<ProcessHandle> processes() {
    return officeProcesses(profileArgument);
  }

  /**
   * Ends what an earlier run of this node left behind (its JVM was killed, its office was not):
   * politely first, then forcibly. Returns how many processes were ended.
   */
  int endLeftovers(Duration patience) {
    List<ProcessHandle> leftovers =
        processes().stream()
            .filter(p -> p.pid() != ProcessHandle.current().pid())
            .flatMap(p -> Stream.concat(p.descendants(), Stream.of(p)))
            .distinct()
            .toList();
    for (ProcessHandle p : leftovers) {
      log.warn(
          "Ending LibreOffice left behind by an earlier run of this node: pid {}, {}",
          p.pid(),
          p.info().commandLine().orElse("?"));
      p.destroy();
    }
    for (ProcessHandle p : leftovers) {
      try {
        p.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException | ExecutionException stillAlive) {
        p.destroyForcibly();
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
    return leftovers.size();
  }

  @Override
  public void close() {
    try {
      // The file stays: deleting it would let two later starts lock two different files.
      lock.release();
      channel.close();
    } catch (IOException e) {
      log.warn("Could not release {}: {}", lockFile, e.getMessage());
    }
  }

  /**
   * The {@code -env:UserInstallation} argument jodconverter gives the office of this port in this
   * working directory (its instance profile directory, named after the connection string).
   */
  static String profileArgument(Path workDir, int port) {
    String connect = "socket,host=" + HOST + ",port=" + port + ",tcpNoDelay=1";
    File profile =
        workDir
            .toAbsolutePath()
            .normalize()
            .resolve(".jodconverter_" + connect.replace(',', '_').replace('=', '-'))
            .toFile();
    return "-env:UserInstallation=" + LocalOfficeUtils.toUrl(profile);
  }

  /** Live processes whose command line has exactly this profile argument. */
  static List<ProcessHandle> officeProcesses(String profileArgument) {
    return ProcessHandle.allProcesses()
        .filter(ProcessHandle::isAlive)
        .filter(
            p ->
                p.info()
                    .arguments()
                    .map(args -> Arrays.asList(args).contains(profileArgument))
                    .orElse(false))
        .toList();
  }

  private static String readHolder(FileChannel channel) {
    try {
      var buffer = java.nio.ByteBuffer.allocate(64);
      channel.read(buffer, 0);
      buffer.flip();
      String text = StandardCharsets.UTF_8.decode(buffer).toString().strip();
      return text.isEmpty() ? "pid unknown" : text;
    } catch (IOException e) {
      return "pid unknown";
    }
  }
}
