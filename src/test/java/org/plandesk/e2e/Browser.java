package org.plandesk.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}: no
 * browser or driver download, so Selenium Manager never runs) with a fresh profile, and the few
 * waiting and clicking helpers the page objects share. Every wait is explicit and names what it
 * waits for, so a timeout explains itself.
 */
final class Browser implements AutoCloseable {

  static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final Duration POLL = Duration.ofMillis(100);
  private static final boolean TRACE = Boolean.getBoolean("e2e.trace");
  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  final WebDriver driver;

  /** The application's address, e.g. http://localhost:41234 (known once the application runs). */
  String base = "http://localhost";

  private final Path profile;

  /** Where the browser saves downloads (no prompt). */
  final Path downloads;

  private final ChromeDriverService service;

  Browser() {
    try {
      this.profile = Files.createTempDirectory("plandesk-e2e-chromium-");
      this.downloads = Files.createDirectories(profile.resolve("downloads"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--user-data-dir=" + profile,
        "--window-size=1400,1100",
        "--lang=en-US");
    options.setExperimentalOption(
        "prefs",
        java.util.Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    this.service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    this.driver = new ChromeDriver(service, options);
    // A safety net: no browser outlives the test JVM, however the run ends.
    Runtime.getRuntime().addShutdownHook(new Thread(this::close, "close-e2e-browser"));
    driver.manage().timeouts().pageLoadTimeout(TIMEOUT);
  }

  void get(String path) {
    driver.get(path.startsWith("http") ? path : base + path);
  }

  String path() {
    String url = driver.getCurrentUrl();
    return url.startsWith(base) ? url.substring(base.length()) : url;
  }

  /** Waits until the condition holds (a non-null, non-false value); stale elements are retried. */
  <T> T until(String what, Function<WebDriver, T> condition) {
    return until(what, condition, TIMEOUT);
  }

  <T> T until(String what, Function<WebDriver, T> condition, Duration timeout) {
    long start = System.nanoTime();
    T result =
        new WebDriverWait(driver, timeout, POLL)
            .withMessage(what)
            .ignoring(StaleElementReferenceException.class)
            .ignoring(NoSuchElementException.class)
            .until(condition);
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (millis > 1000 || TRACE) {
      System.out.println(
          "e2e: " + java.time.LocalTime.now() + " waited " + millis + " ms for " + what);
    }
    return result;
  }

  WebElement visible(By by) {
    return until(
        "visible: " + by,
        d -> d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
  }

  WebElement visible(WebElement root, By by) {
    return until(
        "visible inside " + root.getTagName() + ": " + by,
        d ->
            root.findElements(by).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
  }

  List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  boolean isShown(By by) {
    return driver.findElements(by).stream()
        .anyMatch(
            e -> {
              try {
                return e.isDisplayed();
              } catch (StaleElementReferenceException gone) {
                return false;
              }
            });
  }

  /** Scrolls the element to the middle of the window and clicks it as a user would. */
  void click(By by) {
    until(
        "click " + by,
        d -> {
          WebElement element =
              d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
          return element != null && clicked(element);
        });
  }

  void click(WebElement element) {
    until("click " + describe(element), d -> clicked(element));
  }

  private boolean clicked(WebElement element) {
    if (!element.isDisplayed() || !element.isEnabled()) {
      return false;
    }
    js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
    try {
      element.click();
      return true;
    } catch (ElementNotInteractableException notYet) {
      // An overlay (a fading modal, a notification) is in the way for a moment: try again.
      return false;
    }
  }

  /**
   * Fills in PlanDesk's sign-in form and sends it with Enter in the password field: one action,
   * never repeated (a repeated click could send the form twice, and the second one, carrying the
   * CSRF token the first sign-in replaced, would be refused).
   */
  void signInAs(String user, String password) {
    enter(visible(By.id("username")), user);
    WebElement passwordField = visible(By.id("password"));
    enter(passwordField, password);
    passwordField.sendKeys(Keys.ENTER);
  }

  /** Longer texts are pasted, as people bring a plan's prose over from its old document. */
  static final int PASTE_FROM = 80;

  /**
   * Replaces the text of an input or textarea as a user would: short texts are typed key by key;
   * longer ones are pasted (the browser's own text insertion, with its input events), since typing
   * hundreds of characters costs seconds of browser time and tests nothing more.
   */
  void enter(WebElement field, String text) {
    if (text.length() < PASTE_FROM) {
      type(field, text);
      return;
    }
    js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", field);
    field.click();
    js(
        "const f = arguments[0]; f.focus(); f.select();"
            + " if (!document.execCommand('insertText', false, arguments[1])) { f.value = arguments[1];"
            + " f.dispatchEvent(new Event('input', {bubbles: true})); }",
        field,
        text);
    until("the pasted text is in the field", d -> text.equals(field.getAttribute("value")));
  }

  /** Replaces the text of an input or textarea by typing it key by key. */
  void type(WebElement field, String text) {
    js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", field);
    long start = System.nanoTime();
    if (!field.getAttribute("value").isEmpty()) {
      field.clear();
    }
    if (!text.isEmpty()) {
      field.sendKeys(text);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (millis > 1000 || TRACE) {
      System.out.println(
          "e2e: "
              + java.time.LocalTime.now()
              + " typing "
              + text.length()
              + " characters took "
              + millis
              + " ms");
    }
  }

  /** Waits for a finished download and returns its file; the wait names what the page shows. */
  Path awaitDownload() {
    return new WebDriverWait(driver, TIMEOUT, POLL)
        .withMessage(() -> "a finished download; the browser shows: " + pageText())
        .until(
            d -> {
              try (Stream<Path> files = Files.list(downloads)) {
                // Chromium writes to a hidden temporary file, then to *.crdownload, then renames.
                return files
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> !f.getFileName().toString().endsWith(".crdownload"))
                    .findFirst()
                    .orElse(null);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  private String pageText() {
    try {
      String text =
          driver.findElement(By.tagName("body")).getText().replaceAll("\\s+", " ").strip();
      return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    } catch (RuntimeException e) {
      return "?";
    }
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  static String describe(WebElement element) {
    try {
      String text = element.getText();
      return element.getTagName()
          + (text.isBlank() ? "" : " '" + text.strip().lines().findFirst().orElse("") + "'");
    } catch (RuntimeException e) {
      return "element";
    }
  }

  /** An XPath string literal for any text, also one with both kinds of quotes. */
  static String literal(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    if (!text.contains("\"")) {
      return "\"" + text + "\"";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }

  /** Writes what the browser shows (screenshot, page source, address, console) under the folder. */
  void dump(Path folder, String name) {
    try {
      Files.createDirectories(folder);
      Files.write(
          folder.resolve(name + ".png"),
          ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      Files.writeString(
          folder.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
      String console;
      try {
        console =
            driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::toString)
                .collect(Collectors.joining("\n"));
      } catch (RuntimeException e) {
        console = "(no console log: " + e.getMessage() + ")";
      }
      Files.writeString(
          folder.resolve(name + ".txt"),
          "URL: "
              + driver.getCurrentUrl()
              + "\nTitle: "
              + driver.getTitle()
              + "\n\nBrowser console:\n"
              + console
              + "\n",
          StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      System.err.println("Could not write browser artifacts " + name + ": " + e);
    }
  }

  private boolean closed;

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      driver.quit();
    } finally {
      service.stop();
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      } catch (IOException | UncheckedIOException ignored) {
        // A temp folder left behind is harmless.
      }
    }
  }
}
