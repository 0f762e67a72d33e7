package org.plandesk.plan;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.plandesk.system.Text;

/**
 * The characters PlanDesk accepts in what people type, checked on the server whatever the form or
 * client (README, "Security").
 *
 * <ul>
 *   <li><b>Plan codes</b> name a plan in addresses ({@code /plans/{code}}), file names and the
 *       register: letters of every script ({@code \p{L}}, with their combining marks {@code \p{M}}:
 *       Hungarian, Lithuanian and Swedish diacritics, Cyrillic), the digits 0-9, space, {@code -},
 *       {@code _} and {@code .}; beginning with a letter or digit, no {@code ..}, at most {@value
 *       #MAX_PLAN_CODE} characters. So no {@code /}, {@code \}, {@code %}, {@code ?}, {@code #} or
 *       control character can make a plan's address point elsewhere or fail, and a code is kept in
 *       Unicode NFC so that one code cannot be typed two ways.
 *   <li><b>One-line texts</b> (titles, names, file names, places) refuse every control character
 *       ({@code \p{Cc}}: NUL, tab, line breaks, escape, ...) and the Unicode line and paragraph
 *       separators.
 *   <li><b>Multi-line texts</b> (comments, descriptions, remarks) allow tab and line breaks and
 *       refuse every other control character.
 * </ul>
 *
 * <p>The Camunda Forms carry the same rules as {@code validate.pattern} ({@link
 * #PLAN_CODE_FORM_PATTERN}, {@link #ONE_LINE_FORM_PATTERN}, {@link #MULTI_LINE_FORM_PATTERN}), so
 * the Tasklist refuses them before sending; form-js compiles patterns without the {@code u} flag,
 * so they name the scripts as code point ranges instead of {@code \p{L}}.
 */
public final class TextRules {

  public static final int MAX_PLAN_CODE = 40;

  /** What a plan code is made of, as a sentence for messages and forms. */
  public static final String PLAN_CODE_CHARACTERS =
      "letters (any script), digits, spaces, '-', '_' and '.'";

  /**
   * The forms' plan code pattern: Latin (with the Latin-1 and Latin Extended-A/B letters: á, ő, ű,
   * ė, š, å, ...) and Cyrillic letters, combining marks, digits, space, - _ . (the scripts of the
   * seeds; the server takes every script).
   */
  public static final String PLAN_CODE_FORM_PATTERN =
      "^(?!.*\\.\\.)[A-Za-z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0400-\\u052F]"
          + "[A-Za-z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0400-\\u052F\\u0300-\\u036F ._-]*$";

  /** The forms' pattern of one-line texts: no control character. */
  public static final String ONE_LINE_FORM_PATTERN =
      "^[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$";

  /** The forms' pattern of multi-line texts: no control character but tab and line breaks. */
  public static final String MULTI_LINE_FORM_PATTERN =
      "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$";

  private static final Pattern PLAN_CODE = Pattern.compile("[\\p{L}0-9][\\p{L}\\p{M}0-9 ._-]*");
  private static final Pattern NOT_IN_PLAN_CODE = Pattern.compile("[^\\p{L}\\p{M}0-9 ._-]");

  private TextRules() {}

  /**
   * The plan code as stored: stripped, in NFC, and following the rule above.
   *
   * @param field the field's label, as the message names it ("Plan code")
   * @throws PlanRuleViolation naming the field and what to change
   */
  public static String planCode(String value, Text field) {
    if (value == null || value.isBlank()) {
      throw new PlanRuleViolation("rule.required", field);
    }
    String code = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    if (code.length() > MAX_PLAN_CODE) {
      throw new PlanRuleViolation("rule.tooLong", field, MAX_PLAN_CODE);
    }
    var wrong = NOT_IN_PLAN_CODE.matcher(code);
    if (wrong.find()) {
      throw new PlanRuleViolation("rule.planCodeCharacters", field, shown(wrong.group()));
    }
    if (code.contains("..")) {
      throw new PlanRuleViolation("rule.planCodeDots", field);
    }
    if (!PLAN_CODE.matcher(code).matches()) {
      throw new PlanRuleViolation("rule.planCodeStart", field);
    }
    return code;
  }

  /** Refuses a control character or line separator in a one-line text; null passes. */
  public static void oneLine(String value, Text field) {
    int bad = firstBad(value, false);
    if (bad >= 0) {
      throw new PlanRuleViolation("rule.oneLine", field, shown(bad));
    }
  }

  /**
   * Refuses a control character other than tab and line breaks in a multi-line text; null passes.
   */
  public static void multiLine(String value, Text field) {
    int bad = firstBad(value, true);
    if (bad >= 0) {
      throw new PlanRuleViolation("rule.multiLine", field, shown(bad));
    }
  }

  /** What is wrong with a one-line text ("must not contain ..."), or null. */
  public static String oneLineProblem(String value) {
    int bad = firstBad(value, false);
    return bad < 0
        ? null
        : "must not contain control characters or line breaks (found " + shown(bad) + ")";
  }

  /** What is wrong with a multi-line text ("must not contain ..."), or null. */
  public static String multiLineProblem(String value) {
    int bad = firstBad(value, true);
    return bad < 0
        ? null
        : "must not contain control characters other than tab and line breaks (found "
            + shown(bad)
            + ")";
  }

  private static int firstBad(String value, boolean multiLine) {
    if (value == null) {
      return -1;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean lineBreakOrTab = c == '\n' || c == '\r' || c == '\t';
      if (multiLine && lineBreakOrTab) {
        continue;
      }
      if (Character.getType(c) == Character.CONTROL
          || (!multiLine && (c == '\u2028' || c == '\u2029'))) {
        return c;
      }
    }
    return -1;
  }

  private static String shown(String character) {
    return shown(character.codePointAt(0));
  }

  private static String shown(int codePoint) {
    String name = String.format("U+%04X", codePoint);
    return Character.getType(codePoint) == Character.CONTROL || Character.isWhitespace(codePoint)
        ? name
        : "'" + new String(Character.toChars(codePoint)) + "' (" + name + ")";
  }
}
