package org.plandesk.document;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of document generation.
 *
 * @param templateDir folder of editable DOCX templates, read before the packed defaults
 * @param officeEnabled whether to start LibreOffice for PDF renditions and page counts
 * @param officeHome LibreOffice's installation folder; empty to detect it
 * @param officePort the port of this node's LibreOffice, one per node on a machine; with it, the
 *     office a crashed run of this node left behind is ended at the next start. 0: a free port at
 *     each start (tests), and no such clean-up
 * @param officeWorkDir folder of this node's LibreOffice profile and lock file; empty for the
 *     system's temporary folder
 * @param defaultLanguage language of a grant request's document when the request serves no plan
 */
@ConfigurationProperties("plandesk.documents")
public record DocumentProperties(
    @DefaultValue("templates") Path templateDir,
    @DefaultValue("true") boolean officeEnabled,
    @DefaultValue("") String officeHome,
    @DefaultValue("2002") int officePort,
    @DefaultValue("") String officeWorkDir,
    @DefaultValue("en") String defaultLanguage) {

  /** The folder of this node's LibreOffice profile and lock file. */
  Path officeWorkPath() {
    return Path.of(officeWorkDir.isBlank() ? System.getProperty("java.io.tmpdir") : officeWorkDir);
  }
}
