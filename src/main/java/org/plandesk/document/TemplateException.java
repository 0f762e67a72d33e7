package org.plandesk.document;

/** A template that cannot be filled (a section without its end marker, an unreadable file). */
public class TemplateException extends RuntimeException {

  public TemplateException(String message, Throwable cause) {
    super(message, cause);
  }

  public TemplateException(String message) {
    super(message);
  }
}
