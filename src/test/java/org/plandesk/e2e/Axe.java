package org.plandesk.e2e;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core (Deque, MPL-2.0; {@code src/test/resources/axe/}) run in the page the browser shows,
 * with the rules of WCAG 2.0 and 2.1, levels A and AA: the checks the EU Web Accessibility
 * Directive's standard (EN 301 549) asks of a web page that a program can make.
 */
final class Axe {

  static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private static final String SOURCE = source();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One broken rule on a page: its id, how bad (critical ... minor), and the elements. */
  record Violation(String id, String impact, String help, List<String> targets) {

    @Override
    public String toString() {
      return id + " (" + impact + "): " + help + " at " + String.join(" | ", targets);
    }
  }

  private Axe() {}

  /** The violations of the page the browser shows now (empty when there are none). */
  static List<Violation> check(Browser browser) {
    if (!Boolean.TRUE.equals(browser.js("return typeof window.axe === 'object';"))) {
      browser.js(SOURCE);
    }
    Object result =
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
            .executeAsyncScript(
                """
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                  .then(r => done(JSON.stringify(r.violations.map(v => ({
                    id: v.id, impact: v.impact, help: v.help,
                    targets: v.nodes.map(n => n.target.join(' '))})))))
                  .catch(e => done('ERROR ' + e));""",
                WCAG_A_AA);
    String json = String.valueOf(result);
    if (json.startsWith("ERROR")) {
      throw new IllegalStateException("axe-core failed: " + json);
    }
    try {
      return JSON.readValue(json, new TypeReference<List<Violation>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What a page shown in the browser fails of the checks every PlanDesk page gets: its {@code <html
   * lang>} must be the expected language, axe-core must find no violation, and at 320 CSS pixels
   * (WCAG 1.4.10) nothing outside a table's own scroll region may make the page scroll sideways.
   */
  static List<String> pageProblems(Browser browser, String lang) {
    List<String> found = new ArrayList<>();
    Object shownLang = browser.js("return document.documentElement.lang;");
    if (!lang.equals(shownLang)) {
      found.add("<html lang> is '" + shownLang + "'");
    }
    List<Violation> violations = check(browser);
    if (!violations.isEmpty()) {
      found.add(describe(violations));
    }
    String reflow = sidewaysAt320(browser);
    if (reflow != null) {
      found.add(reflow);
    }
    return found;
  }

  /** At 320 CSS pixels, what makes the page scroll sideways (null when nothing does). */
  private static String sidewaysAt320(Browser browser) {
    ChromeDriver chrome = (ChromeDriver) browser.driver;
    chrome.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", false));
    try {
      Object widths =
          browser.js(
              "return document.documentElement.scrollWidth + ' > ' + document.documentElement.clientWidth;");
      String[] w = String.valueOf(widths).split(" > ");
      if (Integer.parseInt(w[0]) > Integer.parseInt(w[1])) {
        Object widest =
            browser.js(
                """
                const limit = document.documentElement.clientWidth; const out = [];
                for (const e of document.querySelectorAll('body *')) {
                  const r = e.getBoundingClientRect();
                  if (r.right > limit + 1 && !e.closest('.table-scroll') && !e.closest('.visually-hidden')) {
                    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '') + ' ' + Math.round(r.right));
                  }
                }
                return out.slice(0, 5).join(', ');""");
        return "at 320 px the page scrolls sideways (" + widths + "): " + widest;
      }
      return null;
    } finally {
      chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  static String describe(List<Violation> violations) {
    return violations.stream().map(Violation::toString).collect(Collectors.joining("\n    "));
  }

  private static String source() {
    try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe/axe.min.js is not on the test classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
