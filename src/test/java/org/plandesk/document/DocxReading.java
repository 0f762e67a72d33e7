package org.plandesk.document;

/** A generated DOCX's text as a reader sees it, for tests outside this package. */
public final class DocxReading {

  private DocxReading() {}

  /** Every paragraph of the body (tables included), header and footer, one a line. */
  public static String text(byte[] docx) throws Exception {
    return new DocxText(docx).all();
  }
}
