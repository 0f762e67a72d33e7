package org.plandesk.document;

import org.springframework.stereotype.Service;

/**
 * Copies of documents with a {@link PageMark} on every page, made when they are handed out: the
 * DRAFT preview, and the SUPERSEDED or RETIRED copy of a document no longer in force. The archived
 * document is read, never written: its bytes and SHA-256 stay those it was stored with.
 */
@Service
public class MarkedCopies {

  private final OfficeRenderer office;

  MarkedCopies(OfficeRenderer office) {
    this.office = office;
  }

  /** The DOCX with the mark at the top of every page. */
  public byte[] docx(byte[] docx, PageMark mark) {
    return PageMarks.stamp(docx, mark);
  }

  /**
   * The PDF of a marked DOCX ({@link #docx}): PDF/A-2b for a copy of a document kept for the
   * record, a plain PDF for a draft (never an archival one).
   *
   * @throws PdfUnavailable where LibreOffice does not run
   */
  public byte[] pdf(byte[] markedDocx, PageMark mark) {
    PdfFlavour flavour =
        mark.kind() == PageMark.Kind.DRAFT ? PdfFlavour.PLAIN : PdfFlavour.ARCHIVAL;
    return office.render(markedDocx, flavour).orElseThrow(PdfUnavailable::new).pdf();
  }
}
