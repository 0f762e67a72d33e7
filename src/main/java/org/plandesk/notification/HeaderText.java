package org.plandesk.notification;

import java.util.regex.Pattern;

/**
 * Text that ends up in a mail header (subject, display names). Titles, names and comments come from
 * people; a line break in them must never start a header of its own ("Bcc: ..."), so every control
 * character and Unicode line separator becomes a space.
 */
final class HeaderText {

  static final int MAX_SUBJECT = 250;
  private static final Pattern BREAKS = Pattern.compile("[\\p{Cntrl}\\u0085\\u2028\\u2029]+");
  private static final Pattern SPACES = Pattern.compile("\\s{2,}");

  private HeaderText() {}

  /** One line of text, without control characters, trimmed. */
  static String singleLine(String text) {
    if (text == null) {
      return "";
    }
    return SPACES.matcher(BREAKS.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
  }

  /** A subject: one line, at most {@value #MAX_SUBJECT} characters. */
  static String subject(String text) {
    String line = singleLine(text);
    return line.length() <= MAX_SUBJECT ? line : line.substring(0, MAX_SUBJECT - 1).strip() + "…";
  }
}
