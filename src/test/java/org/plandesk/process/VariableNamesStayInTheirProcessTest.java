package org.plandesk.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A process's variable names and element IDs are its own: outside its {@code <feature>/process}
 * package, main code asks the process's port and never uses its variables class or its constants
 * class. (Tests may: they drive the process as the Tasklist does.)
 */
class VariableNamesStayInTheirProcessTest {

  private static final Pattern CONTRACT =
      Pattern.compile(
          "org\\.plandesk\\.(\\w+(?:\\.\\w+)*\\.process)\\.(\\w+Variables|PlanVersionProcess"
              + "|PlanReviewProcess|GrantRequestProcess|ImplementationReportProcess)\\b");

  @Test
  void onlyItsOwnPackageUsesAProcesssVariablesAndElementIds() throws IOException {
    Path main = Path.of("src/main/java");
    List<String> leaks = new ArrayList<>();
    try (Stream<Path> files = Files.walk(main)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        String ownPackage =
            main.relativize(file.getParent())
                .toString()
                .replace(file.getFileSystem().getSeparator(), ".");
        Matcher use = CONTRACT.matcher(source);
        while (use.find()) {
          if (!use.group(1).equals(ownPackage.replaceFirst("^org\\.plandesk\\.", ""))) {
            leaks.add(main.relativize(file) + " uses " + use.group());
          }
        }
      }
    }
    assertThat(leaks).isEmpty();
  }
}
