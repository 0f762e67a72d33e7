package org.plandesk.review.progress;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The key of an action item in the implementation log. An action item is a row of a plan's content
 * without an id of its own; it is known by its text (spaces collapsed, lower case), so a new
 * version that keeps the item keeps its status and activities. The key is the SHA-256 of that text
 * (64 hex digits), short enough for an index whatever the item's length.
 */
final class ActionItemKey {

  private ActionItemKey() {}

  static String of(String content) {
    String normal = content == null ? "" : content.strip().replaceAll("\\s+", " ");
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(normal.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java has SHA-256", e);
    }
  }
}
