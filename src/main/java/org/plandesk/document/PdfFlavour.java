package org.plandesk.document;

import java.util.Map;

/**
 * Which PDF LibreOffice writes. Documents kept for the record (the in-force plan, a decided grant
 * request, a signed-off report) are PDF/A-2b, so a library can archive them: fonts embedded, colour
 * defined by an output intent, the conformance declared in the XMP metadata. A draft is a plain
 * PDF: it must never look like a document fit for the archive.
 */
enum PdfFlavour {
  /** PDF/A-2b: LibreOffice's PDF export filter with {@code SelectPdfVersion=2}. */
  ARCHIVAL(Map.of("FilterData", Map.of("SelectPdfVersion", 2))),
  /** LibreOffice's default PDF, for previews of drafts. */
  PLAIN(Map.of());

  private final Map<String, Object> storeProperties;

  PdfFlavour(Map<String, Object> storeProperties) {
    this.storeProperties = storeProperties;
  }

  /** What jodconverter passes to LibreOffice's PDF export, beside the filter's name. */
  Map<String, Object> storeProperties() {
    return storeProperties;
  }
}
