package org.plandesk.review.progress;

import org.plandesk.plan.ContentKey;

/**
 * The key of an action item in the implementation log. An action item is a row of a plan's content
 * without an id of its own; it is known by its text ({@link ContentKey}), so a new version that
 * keeps the item keeps its status and activities.
 */
final class ActionItemKey {

  private ActionItemKey() {}

  static String of(String content) {
    return ContentKey.of(content);
  }
}
