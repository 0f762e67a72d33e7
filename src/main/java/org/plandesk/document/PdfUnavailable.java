package org.plandesk.document;

import org.plandesk.system.DomainException;
import org.plandesk.system.Text;

/**
 * A PDF made when it is asked for (a draft's preview, a marked copy) cannot be made: LibreOffice
 * does not run on this server. The DOCX is there all the same.
 */
public class PdfUnavailable extends DomainException {

  public PdfUnavailable() {
    super(Kind.NOT_FOUND, Text.of("document.pdfUnavailable"));
  }
}
