package org.plandesk.review.progress;

/**
 * Where an action item stands, as the coordinator or its department set it; stored by name in
 * {@code action_item_status.status}. An item nobody set is PLANNED. "Late" is never stored: an item
 * not DONE whose deadline has passed is late (see {@link ActionItemView#late()}).
 */
public enum ActionItemStatus {
  PLANNED,
  IN_PROGRESS,
  DONE
}
