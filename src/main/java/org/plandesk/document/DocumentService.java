package org.plandesk.document;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Controlled documents of every kind, the same way: filled from the template of their kind and
 * language, stored once per subject and edition with the DOCX's SHA-256 and, where LibreOffice
 * runs, a PDF and its real page count. What goes into a document, and when it is due, is for the
 * feature that owns its subject (plan versions, grant requests).
 */
@Service
public class DocumentService {

  private static final Logger log = LoggerFactory.getLogger(DocumentService.class);

  private final DocumentArchive archive;
  private final DocumentTemplates templates;
  private final OfficeRenderer office;

  DocumentService(DocumentArchive archive, DocumentTemplates templates, OfficeRenderer office) {
    this.archive = archive;
    this.templates = templates;
    this.office = office;
  }

  /**
   * The template of this kind ({@code plan}, {@code grant}: {@code <kind>.docx}, or {@code
   * <kind>-<language>.docx} where a librarian made one), filled with the model.
   */
  public byte[] fill(String templateKind, String language, DocumentModel model) {
    return DocxFiller.fill(templates.template(templateKind, language), model);
  }

  /**
   * Renders the PDF and page count (where LibreOffice runs) and stores the document, unless this
   * subject's edition is stored already (then returns the stored one: a retry never makes a second
   * document).
   */
  @Transactional
  public StoredDocument store(
      DocumentSubject subject,
      String edition,
      String language,
      String fileName,
      byte[] docx,
      String by) {
    Optional<Rendition> rendition = office.render(docx);
    StoredDocument stored =
        archive.store(subject, edition, language, fileName, docx, rendition.orElse(null), by);
    log.info(
        "{} document of {} stored: {} ({} pages, sha256 {})",
        edition,
        subject,
        stored.fileName(),
        rendition.map(r -> String.valueOf(r.pageCount())).orElse("not available: no LibreOffice"),
        stored.docxSha256());
    return stored;
  }

  /**
   * A stored document with its PDF and page count: those of a document stored without LibreOffice
   * are added now if LibreOffice runs. The DOCX stays as it is.
   */
  @Transactional
  public StoredDocument completeRendition(StoredDocument document) {
    if (document.hasPdf()) {
      return document;
    }
    Optional<Rendition> rendition = office.render(document.docx());
    if (rendition.isPresent() && archive.addRendition(document.id(), rendition.get())) {
      log.info(
          "PDF and page count added to the {} document of {}",
          document.edition(),
          document.subject());
    }
    return archive.find(document.subject(), document.edition()).orElseThrow();
  }

  /**
   * docx4j's JAXB context costs seconds on first use: pay it at start-up, not in a user's request
   * (any template does; the plan template is always there).
   */
  @EventListener(ApplicationReadyEvent.class)
  void warmUp() {
    Thread warm =
        new Thread(
            () -> {
              try {
                fill("plan", "en", new DocumentModel(Map.of(), Map.of(), List.of()));
                log.info("Document generation warmed up");
              } catch (RuntimeException e) {
                log.warn("Document warm-up failed: {}", e.getMessage());
              }
            },
            "docx4j-warm-up");
    warm.setDaemon(true);
    warm.start();
  }
}
