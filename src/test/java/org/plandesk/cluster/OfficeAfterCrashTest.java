package org.plandesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jodconverter.local.office.LocalOfficeUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.plandesk.cluster.HttpLifecycle.Decision;
import org.plandesk.cluster.NodeProcess.Launch;

/**
 * A node killed with SIGKILL (as the OOM killer does) leaves its LibreOffice running: nothing ends
 * a process whose parent died. Its next start ends that office and starts one of its own, and
 * leaves every other LibreOffice on the machine alone (here one a user started with a profile of
 * their own). The approved document still gets its PDF afterwards.
 *
 * <p>Offices are told apart by their command line: the node's profile lies in a working directory
 * of this test run alone, so offices of other builds on the machine are neither counted nor
 * touched.
 */
@Tag("integration")
class OfficeAfterCrashTest {

  private static final String ADMIN_PASSWORD = "office-admin";
  private static final Duration START_UP = Duration.ofMinutes(4);
  private static final Duration OFFICE_UP = Duration.ofMinutes(3);
  private static final Pattern OFFICE_STARTED =
      Pattern.compile("LibreOffice started from .* on port (\\d+)");

  private final int smtpPort = NodeProcess.freePort();
  private final GreenMail smtp =
      new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  private final FreshDatabase database = FreshDatabase.create("office_after_crash");
  private final Path logs =
      Path.of("target", "cluster-logs", "office-after-crash-" + ProcessHandle.current().pid());
  private final Path officeDir = logs.resolve("node-office").toAbsolutePath();
  private final int officePort = NodeProcess.freePort();
  private NodeProcess node;
  private Process userOffice;

  @AfterEach
  void stopAll() {
    if (node != null) {
      node.stop();
    }
    // Whatever is left of this test's offices (the node's after a failed assertion, the user's).
    Stream.concat(
            officesIn(officeDir).stream(),
            userOffice == null ? Stream.empty() : Stream.of(userOffice.toHandle()))
        .flatMap(p -> Stream.concat(p.descendants(), Stream.of(p)))
        .forEach(ProcessHandle::destroyForcibly);
    smtp.stop();
  }

  @Test
  void aRestartEndsTheOfficeItsKilledRunLeftBehindAndNoOtherOne() throws IOException {
    smtp.start();
    ProcessHandle users = startUsersOwnOffice(logs.resolve("user-office").toAbsolutePath());
    NodeSettings settings =
        new NodeSettings(
                database.url(), smtpPort, ADMIN_PASSWORD, "https://plandesk.example", Map.of())
            .with("plandesk.documents.office-enabled", "true")
            .with("plandesk.documents.office-port", String.valueOf(officePort))
            .with("plandesk.documents.office-work-dir", officeDir.toString());
    node = settings.node("node-office", NodeProcess.freePort(), Launch.testClassPath(), logs);

    // Up, with its office.
    node.start().awaitUp(START_UP);
    awaitOfficeStarts(1);
    List<ProcessHandle> first = officesIn(officeDir);
    assertThat(first).as("the node's office processes").hasSize(1);
    ProcessHandle orphan = first.get(0);

    // Killed: its office lives on.
    node.crash();
    assertThat(node.alive()).isFalse();
    NodeProcess.sleep(2000);
    assertThat(orphan.isAlive())
        .as("the office of the killed node lives on (pid %d)", orphan.pid())
        .isTrue();

    // Started again: the orphan is ended, the node has exactly one office, the user's is untouched.
    node.start().awaitUp(START_UP);
    awaitOfficeStarts(2);
    assertThat(orphan.isAlive())
        .as("the orphaned office (pid %d) was ended", orphan.pid())
        .isFalse();
    List<ProcessHandle> after = officesIn(officeDir);
    assertThat(after).as("the node's office processes after the restart").hasSize(1);
    assertThat(after.get(0).pid()).isNotEqualTo(orphan.pid());
    assertThat(after.get(0).parent().map(ProcessHandle::pid))
        .as("started by the new JVM")
        .contains(node.pid());
    assertThat(users.isAlive()).as("the user's own LibreOffice (pid %d)", users.pid()).isTrue();
    assertThat(log())
        .contains(
            "Ending LibreOffice left behind by an earlier run of this node: pid " + orphan.pid());

    // Documents are still rendered: an approval gets its document with a PDF and a page count.
    NodeClient client = new NodeClient(node, ADMIN_PASSWORD);
    HttpLifecycle lifecycle =
        new HttpLifecycle("OFFICE-1", List.of("lending"), List.of(Decision.APPROVE));
    lifecycle.start(client);
    lifecycle.writeContent(client);
    lifecycle.draft(client);
    lifecycle.giveInput(client, "lending");
    lifecycle.consolidate(client);
    lifecycle.decide(client);
    long versionId = lifecycle.versionId(client);
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () ->
                client
                        .get("/api/versions/" + versionId, "auditor")
                        .at("/document/sha256")
                        .asText()
                        .length()
                    == 64);
    JsonNode document = client.get("/api/versions/" + versionId, "auditor").path("document");
    assertThat(document.path("pdfAvailable").asBoolean()).as("PDF of %s", document).isTrue();
    assertThat(document.path("pageCount").asInt()).isPositive();
    assertThat(client.status("/api/versions/" + versionId + "/document.pdf", "auditor"))
        .isEqualTo(200);

    // A graceful stop ends the office with the node.
    node.stop();
    await().atMost(Duration.ofSeconds(30)).until(() -> officesIn(officeDir).isEmpty());
    assertThat(users.isAlive()).isTrue();
  }

  /** A user's LibreOffice with a profile of its own, listening as a server would. */
  private ProcessHandle startUsersOwnOffice(Path dir) throws IOException {
    Path profile = dir.resolve("profile");
    Files.createDirectories(profile);
    int port = NodeProcess.freePort();
    File soffice = new File(LocalOfficeUtils.getDefaultOfficeHome(), "program/soffice");
    userOffice =
        new ProcessBuilder(
                soffice.getPath(),
                "--headless",
                "--invisible",
                "--norestore",
                "-env:UserInstallation=" + LocalOfficeUtils.toUrl(profile.toFile()),
                "--accept=socket,host=127.0.0.1,port=" + port + ";urp;")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("office.log").toFile())
            .start();
    // The launcher hands over to soffice.bin, which restarts once on a fresh profile: once it
    // listens, it is the one that stays.
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> listens(port));
    return officesIn(dir).stream()
        .filter(p -> p.info().command().orElse("").endsWith("soffice.bin"))
        .findFirst()
        .orElseThrow();
  }

  private static boolean listens(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private void awaitOfficeStarts(int starts) {
    await()
        .atMost(OFFICE_UP)
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> {
              assertThat(node.alive()).as("node alive:\n%s", node.logTail(40)).isTrue();
              return OFFICE_STARTED.matcher(log()).results().count() >= starts;
            });
    assertThat(OFFICE_STARTED.matcher(log()).results().reduce((a, b) -> b).orElseThrow().group(1))
        .isEqualTo(String.valueOf(officePort));
  }

  private String log() {
    try {
      return Files.readString(node.log(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** LibreOffice processes whose profile lies in this folder (matched on their command line). */
  private static List<ProcessHandle> officesIn(Path dir) {
    String profileUrl = LocalOfficeUtils.toUrl(dir.toFile()) + "/";
    return ProcessHandle.allProcesses()
        .filter(ProcessHandle::isAlive)
        .filter(
            p ->
                p.info()
                    .commandLine()
                    .map(c -> c.contains("soffice") || c.contains("oosplash"))
                    .orElse(false))
        .filter(
            p ->
                p.info()
                    .arguments()
                    .map(
                        args ->
                            Stream.of(args)
                                .anyMatch(a -> a.startsWith("-env:UserInstallation=" + profileUrl)))
                    .orElse(false))
        .toList();
  }
}
