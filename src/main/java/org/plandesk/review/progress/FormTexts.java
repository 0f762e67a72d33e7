package org.plandesk.review.progress;

/**
 * The rule every text of several lines on the living record's forms follows (an activity's goal and
 * result, a monitoring result's summary and figures): required or not, at most 4,000 characters,
 * tab and line breaks but no other control characters.
 */
public final class FormTexts {

  public static final int LONG_TEXT = 4000;

  private FormTexts() {}

  /**
   * What is wrong with a text as typed: {@code required}, {@code tooLong} (at most {@link
   * #LONG_TEXT}) or {@code control}; null when nothing is.
   */
  public static String multiLineProblem(String value, boolean required) {
    if (value == null || value.isBlank()) {
      return required ? "required" : null;
    }
    if (value.strip().length() > LONG_TEXT) {
      return "tooLong";
    }
    if (value
        .chars()
        .anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
      return "control";
    }
    return null;
  }
}
