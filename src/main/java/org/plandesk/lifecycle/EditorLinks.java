package org.plandesk.lifecycle;

/** Links from the Tasklist forms to PlanDesk's own pages (relative, so they work on any host). */
public final class EditorLinks {

  private EditorLinks() {}

  public static String editor(long versionId) {
    return "/plans/versions/" + versionId;
  }
}
