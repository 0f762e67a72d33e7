package org.plandesk.plan;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The plan contents most recently read, by their stored JSON text. A process step reads its version
 * several times (the listener, the service, the mail, the document), and parsing a whole plan's
 * JSON each time cost more than the database read. Safe to share: {@link PlanContent} is immutable
 * all the way down, and the key is the text itself, so a changed content is a new entry (nothing
 * can be stale, also with several nodes).
 */
final class ParsedContents {

  private static final int KEPT = 64;

  private final Map<String, PlanContent> recent = new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, PlanContent> eldest) {
      return size() > KEPT;
    }
  };

  /** The content of that JSON text, parsed once while it is among the recent ones. */
  PlanContent of(String text, Function<String, PlanContent> parse) {
    synchronized (recent) {
      PlanContent known = recent.get(text);
      if (known != null) {
        return known;
      }
    }
    PlanContent content = parse.apply(text);
    synchronized (recent) {
      recent.put(text, content);
    }
    return content;
  }
}
