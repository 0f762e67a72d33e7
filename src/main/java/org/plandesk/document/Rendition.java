package org.plandesk.document;

/** A PDF rendered by LibreOffice and the number of pages its layout has. */
record Rendition(byte[] pdf, int pageCount) {}
