package org.plandesk.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which processes a node may end at its start: only those with its own office profile, and only
 * while it holds the lock of its port and working directory. (The whole story, a node killed and
 * started again with LibreOffice, is {@code OfficeAfterCrashTest}.)
 */
class OfficeClaimTest {

  @TempDir Path dir;
  private final List<Process> started = new ArrayList<>();

  @AfterEach
  void endStarted() {
    started.forEach(
        p ->
            Stream.concat(p.descendants(), Stream.of(p.toHandle()))
                .forEach(ProcessHandle::destroyForcibly));
  }

  @Test
  void aSecondClaimOfTheSamePortAndFolderIsRefusedUntilTheFirstIsReleased() {
    OfficeClaim first = OfficeClaim.take(dir, 2002);

    assertThatThrownBy(() -> OfficeClaim.take(dir, 2002))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(
            "in use by another running PlanDesk (pid " + ProcessHandle.current().pid() + ")")
        .hasMessageContaining("PLANDESK_OFFICE_PORT");
    // Another port in the same folder is another node's office.
    OfficeClaim otherPort = OfficeClaim.take(dir, 2003);

    first.close();
    otherPort.close();
    OfficeClaim.take(dir, 2002).close();
  }

  @Test
  void onlyProcessesWithThisNodesOfficeProfileAreEnded() throws IOException {
    Process ours = standIn(OfficeClaim.profileArgument(dir, 2002));
    Process otherPort = standIn(OfficeClaim.profileArgument(dir, 2003));
    Process otherFolder = standIn(OfficeClaim.profileArgument(dir.resolve("elsewhere"), 2002));
    Process usersOwn = standIn("-env:UserInstallation=file:///home/librarian/.config/libreoffice");

    try (OfficeClaim claim = OfficeClaim.take(dir, 2002)) {
      assertThat(claim.processes()).extracting(ProcessHandle::pid).containsExactly(ours.pid());
      assertThat(claim.endLeftovers(Duration.ofSeconds(5)))
          .as("the stand-in and its child")
          .isEqualTo(2);
      assertThat(ours.isAlive()).isFalse();
      assertThat(claim.processes()).isEmpty();
    }
    assertThat(List.of(otherPort, otherFolder, usersOwn)).allMatch(Process::isAlive);
  }

  /**
   * A process (with a child) whose command line carries the given profile argument, as an office's
   * does.
   */
  private Process standIn(String profileArgument) throws IOException {
    // "; :" keeps the shell from replacing itself with sleep, so the argument stays on a live
    // command line.
    Process p = new ProcessBuilder("/bin/sh", "-c", "sleep 600; :", profileArgument).start();
    started.add(p);
    await().atMost(Duration.ofSeconds(10)).until(() -> p.children().findAny().isPresent());
    return p;
  }
}
