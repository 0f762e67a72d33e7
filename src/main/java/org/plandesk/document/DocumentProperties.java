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
 * @param defaultLanguage language of a grant request's document when the request serves no plan
 */
@ConfigurationProperties("plandesk.documents")
public record DocumentProperties(
    @DefaultValue("templates") Path templateDir,
    @DefaultValue("true") boolean officeEnabled,
    @DefaultValue("") String officeHome,
    @DefaultValue("en") String defaultLanguage) {}
