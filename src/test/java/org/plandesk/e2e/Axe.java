package org.plandesk.e2e;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

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
