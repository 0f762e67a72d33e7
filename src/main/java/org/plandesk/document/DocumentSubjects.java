package org.plandesk.document;

import java.util.List;
import java.util.Optional;

/**
 * One kind of subject whose documents PlanDesk's API serves, contributed by the feature that owns
 * it (plan versions, grant requests, ...). The one download controller answers {@code GET
 * /api/<collection>/{id}/document.docx} and {@code .pdf}, {@code GET .../preview.docx} and {@code
 * POST .../document/regenerate} for every contributed kind; the feature decides what is found, what
 * it is called and who is refused (with its own exceptions: its 404 and 400), so the document
 * module knows no feature. Who may call each address is the security configuration's, as for any
 * other address.
 */
public interface DocumentSubjects {

  /** The segment of the addresses, e.g. {@code versions} for {@code /api/versions/{id}/...}. */
  String collection();

  /**
   * Whether a subject has several editions: downloads then take {@code ?edition=} (else the latest)
   * and regeneration answers a list; a kind with one edition ignores the parameter and answers its
   * one document.
   */
  boolean hasEditions();

  /**
   * The stored document a download asks for.
   *
   * @param edition as the request names it; null when it names none (or the kind has one edition)
   */
  StoredDocument document(long id, String edition);

  /** Makes what is due and missing (documents, their PDFs) and returns the subject's documents. */
  List<StoredDocument> regenerate(long id, String user);

  /**
   * A draft of the subject's document, rendered now and never stored, if this kind has one. It is
   * handed out with the DRAFT mark on every page ({@link PageMark#draft}), in its language.
   */
  default Optional<DraftDocument> preview(long id) {
    return Optional.empty();
  }

  /**
   * The mark a download of the stored document carries now, if any: a copy of a document no longer
   * in force says so on every page (SUPERSEDED, RETIRED). The stored document itself never changes.
   */
  default Optional<PageMark> copyMark(long id, StoredDocument document) {
    return Optional.empty();
  }

  /**
   * A document rendered for a look before it is decided: its file name, DOCX and language (of its
   * DRAFT mark).
   */
  record DraftDocument(String fileName, byte[] docx, String language) {}
}
