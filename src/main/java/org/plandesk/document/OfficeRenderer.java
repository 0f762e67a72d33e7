package org.plandesk.document;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jodconverter.core.document.DefaultDocumentFormatRegistry;
import org.jodconverter.core.office.OfficeException;
import org.jodconverter.core.office.OfficeManager;
import org.jodconverter.local.LocalConverter;
import org.jodconverter.local.office.ExistingProcessAction;
import org.jodconverter.local.office.LocalOfficeManager;
import org.jodconverter.local.office.LocalOfficeUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Renders DOCX to PDF with LibreOffice and counts the pages of its layout (docx4j has no layout
 * engine). LibreOffice starts once, in the background, with the application, on this node's own
 * port and profile ({@link OfficeClaim}): an office a killed run of this node left behind is ended
 * first, nobody else's is touched. Where it is not installed PlanDesk runs on: renditions are "not
 * available" and a clear line says so.
 */
@Component
class OfficeRenderer {

  private static final Logger log = LoggerFactory.getLogger(OfficeRenderer.class);
  private static final long START_TIMEOUT_SECONDS = 120;
  private static final int CONVERSION_ATTEMPTS = 3;

  /**
   * The longest a rendition may take, waiting for LibreOffice's start and every attempt included.
   * It bounds the document jobs, which must end well inside the engine's job lock (2 minutes,
   * application.yaml): a job that outlived its lock could be picked up by a second node. The
   * longest measured is about 50 s, on a cold start on a loaded machine (BENCHMARKS.md, "Job
   * durations"); a rendition that needs longer fails and its job is retried.
   */
  static final Duration RENDER_DEADLINE = Duration.ofSeconds(90);

  private static final Duration LEFTOVER_PATIENCE = Duration.ofSeconds(10);

  private final DocumentProperties properties;
  private final CompletableFuture<OfficeManager> office = new CompletableFuture<>();

  /** Conversions run here so that a job waits for one no longer than its deadline. */
  private final ExecutorService conversions =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "libreoffice-convert");
            thread.setDaemon(true);
            return thread;
          });

  private File officeHome;
  private OfficeClaim claim;

  /** Set once built, so a shutdown during LibreOffice's start still stops it. */
  private volatile OfficeManager built;

  OfficeRenderer(DocumentProperties properties) {
    this.properties = properties;
  }

  /**
   * Takes this node's office port and working directory before anything serves requests, so a
   * second node configured with the same port stops at once instead of touching this one's office.
   */
  @PostConstruct
  void claim() {
    if (!properties.officeEnabled()) {
      return;
    }
    File home =
        properties.officeHome().isBlank()
            ? LocalOfficeUtils.getDefaultOfficeHome()
            : new File(properties.officeHome());
    if (home == null || !home.isDirectory()) {
      return;
    }
    officeHome = home;
    if (properties.officePort() != 0) {
      claim = OfficeClaim.take(properties.officeWorkPath(), properties.officePort());
    }
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (!properties.officeEnabled()) {
      log.info(
          "LibreOffice is switched off (plandesk.documents.office-enabled=false): no PDFs or page counts");
      office.complete(null);
      return;
    }
    if (officeHome == null) {
      log.warn(
          "LibreOffice is not installed: documents are generated as DOCX only; PDFs and page counts are"
              + " not available until they are regenerated with LibreOffice (apt-get install libreoffice-writer-nogui)");
      office.complete(null);
      return;
    }
    Thread starter =
        new Thread(
            () -> {
              OfficeManager manager = null;
              try {
                long began = System.nanoTime();
                int port;
                if (claim != null) {
                  // Before jodconverter clears the profile directory an orphaned office may still
                  // be using.
                  claim.endLeftovers(LEFTOVER_PATIENCE);
                  port = claim.port();
                } else {
                  port = freePort();
                }
                manager =
                    LocalOfficeManager.builder()
                        .officeHome(officeHome)
                        .workingDir(properties.officeWorkPath().toFile())
                        .portNumbers(port)
                        // jodconverter's default (KILL) ends any office with the same port, whoever
                        // started it:
                        // leftovers of this node were ended above; anything else on the port is not
                        // ours to end.
                        .existingProcessAction(ExistingProcessAction.FAIL)
                        // start() returns once the office answers (its restart on a fresh profile
                        // included), so
                        // "available" means running, and a conversion never meets an office still
                        // starting.
                        .startFailFast(true)
                        // A conversion running longer than a job may wait for it gets LibreOffice
                        // restarted.
                        .taskExecutionTimeout(RENDER_DEADLINE.toMillis())
                        .build();
                built = manager;
                manager.start();
                log.info(
                    "LibreOffice started from {} on port {} in {} ms, for PDF renditions and page counts",
                    officeHome,
                    port,
                    (System.nanoTime() - began) / 1_000_000);
                office.complete(manager);
              } catch (OfficeException | IOException | RuntimeException e) {
                log.error("LibreOffice could not start: PDFs and page counts are not available", e);
                stopQuietly(manager);
                office.complete(null);
              }
            },
            "libreoffice-start");
    starter.setDaemon(true);
    starter.start();
  }

  /** Whether LibreOffice runs (waits for its start-up). */
  boolean available() {
    return manager(System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS)) != null;
  }

  /**
   * The PDF (PDF/A-2b, for the record) and its page count, or empty where LibreOffice is not
   * available. A conversion that fails, gives no readable PDF or does not finish within {@link
   * #RENDER_DEADLINE} (waiting for LibreOffice's start included) is an error (the caller retries),
   * not an empty result.
   */
  Optional<Rendition> render(byte[] docx) {
    return render(docx, PdfFlavour.ARCHIVAL);
  }

  /** The PDF of the given flavour and its page count, as {@link #render(byte[])}. */
  Optional<Rendition> render(byte[] docx, PdfFlavour flavour) {
    long deadline = System.nanoTime() + RENDER_DEADLINE.toNanos();
    OfficeManager manager = manager(deadline);
    if (manager == null) {
      return Optional.empty();
    }
    byte[] bytes = convert(manager, docx, flavour, deadline);
    // soffice reports success for input it could not read: trust only a readable PDF with pages.
    try (PDDocument document = Loader.loadPDF(bytes)) {
      int pages = document.getNumberOfPages();
      if (pages < 1) {
        throw new IllegalStateException("LibreOffice produced a PDF without pages");
      }
      return Optional.of(new Rendition(bytes, pages));
    } catch (IOException e) {
      throw new IllegalStateException("LibreOffice produced no readable PDF: " + e.getMessage(), e);
    }
  }

  /**
   * Converts with a few quick retries while the deadline allows: LibreOffice that died is started
   * again by the office manager, which fails the conversion under way.
   */
  private byte[] convert(OfficeManager manager, byte[] docx, PdfFlavour flavour, long deadline) {
    Exception last = null;
    for (int attempt = 1; attempt <= CONVERSION_ATTEMPTS; attempt++) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        break;
      }
      Future<byte[]> conversion = conversions.submit(() -> convertOnce(manager, docx, flavour));
      try {
        return conversion.get(left, TimeUnit.NANOSECONDS);
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof OfficeException failed)) {
          throw new IllegalStateException(
              "LibreOffice could not render the document: " + e.getCause(), e.getCause());
        }
        last = failed;
        log.warn(
            "LibreOffice conversion attempt {} of {} failed: {}",
            attempt,
            CONVERSION_ATTEMPTS,
            failed.getMessage());
      } catch (TimeoutException e) {
        // LibreOffice goes on until its task timeout and is then restarted; the job ends now.
        conversion.cancel(true);
        last = e;
        break;
      } catch (InterruptedException e) {
        conversion.cancel(true);
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while LibreOffice rendered the document", e);
      }
    }
    throw new IllegalStateException(
        "LibreOffice could not render the document within "
            + RENDER_DEADLINE.toSeconds()
            + " s"
            + (last == null ? "" : ": " + last),
        last);
  }

  private static byte[] convertOnce(OfficeManager manager, byte[] docx, PdfFlavour flavour)
      throws OfficeException {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    LocalConverter.builder()
        .officeManager(manager)
        .storeProperties(flavour.storeProperties())
        .build()
        .convert(new ByteArrayInputStream(docx))
        .as(DefaultDocumentFormatRegistry.DOCX)
        .to(pdf)
        .as(DefaultDocumentFormatRegistry.PDF)
        .execute();
    return pdf.toByteArray();
  }

  /**
   * The office manager (null where LibreOffice is not available), waiting for its start until the
   * deadline.
   */
  private OfficeManager manager(long deadline) {
    try {
      return office.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for LibreOffice", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("LibreOffice did not start in time", e);
    }
  }

  @PreDestroy
  void stop() {
    conversions.shutdownNow();
    stopQuietly(built);
    if (claim != null) {
      claim.close();
    }
  }

  private static void stopQuietly(OfficeManager manager) {
    if (manager != null) {
      try {
        manager.stop();
      } catch (OfficeException | RuntimeException e) {
        log.warn("LibreOffice did not stop cleanly", e);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
