package org.plandesk.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The document module serves every kind of document and knows none of the features that own them:
 * no compiled class of {@code org.plandesk.document} (and its subpackages) refers to a type of
 * {@code org.plandesk.plan} or {@code org.plandesk.grant}, so plan and grant depend on it and never
 * the reverse (no cycle). Read from the class files, so any use counts, not only imports.
 */
class DocumentModuleBoundaryTest {

  private static final List<String> FEATURES = List.of("org/plandesk/plan/", "org/plandesk/grant/");

  @Test
  void theDocumentModuleRefersToNoFeature() throws IOException, URISyntaxException {
    Path module =
        Path.of(DocumentArchive.class.getResource("DocumentArchive.class").toURI()).getParent();
    List<String> offenders;
    try (Stream<Path> files = Files.walk(module)) {
      offenders =
          files
              .filter(f -> f.toString().endsWith(".class"))
              .filter(DocumentModuleBoundaryTest::refersToAFeature)
              .map(f -> module.relativize(f).toString())
              .toList();
    }
    assertThat(offenders).as("classes of the document module that use plan or grant").isEmpty();
  }

  private static boolean refersToAFeature(Path classFile) {
    try {
      // Type names stand in a class file's constant pool as UTF-8 text, e.g.
      // org/plandesk/plan/Plan.
      String text = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
      return FEATURES.stream().anyMatch(text::contains);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
