package org.plandesk.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.plandesk.plan.PlanContent;

/** The plan editor's form as a browser posts it, for tests and benchmarks through HTTP. */
public final class EditorFields {

  private EditorFields() {}

  /** The editor's form fields for a content, in page order, as the browser sends them. */
  public static List<Map.Entry<String, String>> of(String fileName, PlanContent c) {
    List<Map.Entry<String, String>> f = new ArrayList<>();
    f.add(Map.entry("fileName", fileName));
    f.add(Map.entry("startingPoint", c.startingPoint()));
    c.strategicGoals().forEach(g -> f.add(Map.entry("strategicGoal", g)));
    c.communicationGoals().forEach(g -> f.add(Map.entry("communicationGoal", g)));
    for (var g : c.targetGroups()) {
      f.add(Map.entry("tg.tier", g.tier().name()));
      f.add(Map.entry("tg.name", g.name()));
      f.add(Map.entry("tg.message", g.message()));
      f.add(Map.entry("tg.channels", g.channels()));
    }
    for (var a : c.actionItems()) {
      f.add(Map.entry("ai.content", a.content()));
      f.add(Map.entry("ai.place", text(a.place())));
      f.add(Map.entry("ai.expectedResult", text(a.expectedResult())));
      f.add(Map.entry("ai.responsible", text(a.responsible())));
      f.add(Map.entry("ai.deadline", a.deadline() == null ? "" : a.deadline().toString()));
    }
    for (var m : c.monitoringInstruments()) {
      f.add(Map.entry("mi.name", m.name()));
      f.add(Map.entry("mi.periodicity", m.periodicity().name()));
      f.add(Map.entry("mi.responsible", m.responsible()));
    }
    for (var i : c.indicators()) {
      f.add(Map.entry("ind.name", i.name()));
      f.add(Map.entry("ind.unit", i.unit()));
      f.add(Map.entry("ind.baseline", i.baseline().toPlainString()));
      f.add(Map.entry("ind.target", i.target().toPlainString()));
    }
    f.add(Map.entry("changeSummary", c.changeSummary()));
    return f;
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }

  /** The fields with the CSRF token of the page the form came from. */
  public static List<Map.Entry<String, String>> withCsrf(
      String page, List<Map.Entry<String, String>> fields) {
    List<Map.Entry<String, String>> all = new ArrayList<>(fields);
    all.add(Map.entry("_csrf", WebClient.csrf(page)));
    return all;
  }
}
