package org.plandesk.e2e;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The one browser of an ordered browser story (register it as a static extension):
 *
 * <ul>
 *   <li>launches Chromium while Spring starts the application (both take seconds);
 *   <li>when a step fails, writes what the browser showed (screenshot, page source, address and
 *       console) under {@code target/e2e/}, so the failure explains itself;
 *   <li>skips the later steps, which build on the failed one and would fail for the same reason;
 *   <li>closes the browser after the story, also when the application failed to start.
 * </ul>
 */
final class StoryBrowser
    implements TestInstancePreConstructCallback, TestWatcher, ExecutionCondition, AfterAllCallback {

  static final Path ARTIFACTS = Path.of("target", "e2e");

  private CompletableFuture<Browser> launching;
  private volatile String failedStep;

  @Override
  public synchronized void preConstructTestInstance(
      TestInstanceFactoryContext factory, ExtensionContext context) {
    if (launching == null) {
      launching =
          CompletableFuture.supplyAsync(
              () -> {
                long start = System.nanoTime();
                Browser browser = new Browser();
                System.out.println(
                    "e2e: "
                        + java.time.LocalTime.now()
                        + " Chromium launched in "
                        + (System.nanoTime() - start) / 1_000_000
                        + " ms");
                return browser;
              });
      // Closed with the class's extension context, also when the application fails to start
      // (JUnit then runs no after-all callbacks).
      context
          .getStore(ExtensionContext.Namespace.create(StoryBrowser.class))
          .put("browser", (ExtensionContext.Store.CloseableResource) this::close);
    }
  }

  /** The browser, once launched, pointed at the application's address. */
  synchronized Browser at(String base) {
    long start = System.nanoTime();
    Browser browser = launching.join();
    System.out.println(
        "e2e: "
            + java.time.LocalTime.now()
            + " the application is up; waited "
            + (System.nanoTime() - start) / 1_000_000
            + " ms more for Chromium");
    browser.base = base;
    return browser;
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    failedStep = context.getDisplayName();
    Browser browser = launched();
    if (browser != null) {
      String name =
          LocalDateTime.now().format(DateTimeFormatter.ofPattern("HHmmss"))
              + "-"
              + context.getRequiredTestMethod().getName();
      browser.dump(ARTIFACTS, name);
      System.err.println(
          "Browser story failed at '"
              + failedStep
              + "': see "
              + ARTIFACTS.resolve(name)
              + ".png, .html, .txt");
    }
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (failedStep != null && context.getTestMethod().isPresent()) {
      return ConditionEvaluationResult.disabled(
          "an earlier step of the story failed: " + failedStep);
    }
    return ConditionEvaluationResult.enabled("the story so far passed");
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  private synchronized void close() {
    if (launching != null) {
      Browser browser = launching.exceptionally(e -> null).join();
      launching = null;
      if (browser != null) {
        browser.close();
      }
    }
  }

  private synchronized Browser launched() {
    return launching != null && launching.isDone() && !launching.isCompletedExceptionally()
        ? launching.join()
        : null;
  }
}
