package org.plandesk.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The key of a row of a plan's content that has no id of its own (an action item, a strategic
 * goal): its text with spaces collapsed, in lower case, as SHA-256 (64 hex digits, short enough for
 * an index whatever the text's length). A new version that keeps the text keeps what other tables
 * record under the key: the implementation log of an action item, the grants that fund a goal.
 */
public final class ContentKey {

  private ContentKey() {}

  /** The key of this text. */
  public static String of(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(normal(text).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java has SHA-256", e);
    }
  }

  /** Whether two texts name the same row (the same key). */
  public static boolean same(String a, String b) {
    return a != null && b != null && normal(a).equals(normal(b));
  }

  private static String normal(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
