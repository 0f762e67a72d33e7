package org.plandesk.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/**
 * Finds the template of a plan's language: {@code plan-<lang>.docx} if a librarian made one, else
 * {@code plan.docx}; likewise {@code grant.docx} for grant requests. The folder on disk ({@code
 * plandesk.documents.template-dir}, by default the repository's {@code templates/}) wins over the
 * copy packed in the application, so an edited template takes effect without a rebuild.
 */
@Component
class DocumentTemplates {

  private final DocumentProperties properties;

  DocumentTemplates(DocumentProperties properties) {
    this.properties = properties;
  }

  byte[] template(String kind, String language) {
    for (String name : new String[] {kind + "-" + language + ".docx", kind + ".docx"}) {
      byte[] template = read(name);
      if (template != null) {
        return template;
      }
    }
    throw new TemplateException(
        "No "
            + kind
            + " template found ("
            + kind
            + ".docx in "
            + properties.templateDir()
            + " or the application)");
  }

  private byte[] read(String name) {
    try {
      Path onDisk = properties.templateDir().resolve(name);
      if (Files.isReadable(onDisk)) {
        return Files.readAllBytes(onDisk);
      }
      try (InputStream packed = getClass().getResourceAsStream("/document-templates/" + name)) {
        return packed == null ? null : packed.readAllBytes();
      }
    } catch (IOException e) {
      throw new TemplateException("Cannot read the template " + name + ": " + e.getMessage(), e);
    }
  }
}
