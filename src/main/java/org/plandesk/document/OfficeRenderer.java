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
  private static final Duration LEFTOVER_PATIENCE = Duration.ofSeconds(10);

  private final DocumentProperties properties;
  private final CompletableFuture<OfficeManager> office = new CompletableFuture<>();
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
    File home = properties.officeHome().isBlank() ? LocalOfficeUtils.getDefaultOfficeHome() : new File(properties.officeHome());
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
      log.info("LibreOffice is switched off (plandesk.documents.office-enabled=false): no PDFs or page counts");
      office.complete(null);
      return;
    }
    if (officeHome == null) {
      log.warn("LibreOffice is not installed: documents are generated as DOCX only; PDFs and page counts are"
          + " not available until they are regenerated with LibreOffice (apt-get install libreoffice-writer-nogui)");
      office.complete(null);
      return;
    }
    Thread starter = new Thread(() -> {
      OfficeManager manager = null;
      try {
        long began = System.nanoTime();
        int port;
        if (claim != null) {
          // Before jodconverter clears the profile directory an orphaned office may still be using.
          claim.endLeftovers(LEFTOVER_PATIENCE);
          port = claim.port();
        } else {
          port = freePort();
        }
        manager = LocalOfficeManager.builder()
            .officeHome(officeHome)
            .workingDir(properties.officeWorkPath().toFile())
            .portNumbers(port)
            // jodconverter's default (KILL) ends any office with the same port, whoever started it:
            // leftovers of this node were ended above; anything else on the port is not ours to end.
            .existingProcessAction(ExistingProcessAction.FAIL)
            // start() returns once the office answers (its restart on a fresh profile included), so
            // "available" means running, and a conversion never meets an office still starting.
            .startFailFast(true)
            .taskExecutionTimeout(120_000L)
            .build();
        built = manager;
        manager.start();
        log.info("LibreOffice started from {} on port {} in {} ms, for PDF renditions and page counts", officeHome, port,
            (System.nanoTime() - began) / 1_000_000);
        office.complete(manager);
      } catch (OfficeException | IOException | RuntimeException e) {
        log.error("LibreOffice could not start: PDFs and page counts are not available", e);
        stopQuietly(manager);
        office.complete(null);
      }
    }, "libreoffice-start");
    starter.setDaemon(true);
    starter.start();
  }

  /** Whether LibreOffice runs (waits for its start-up). */
  boolean available() {
    return manager() != null;
  }

  /**
   * The PDF and its page count, or empty where LibreOffice is not available. A conversion that
   * fails, or gives no readable PDF, is an error (the caller retries), not an empty result.
   */
  Optional<Rendition> render(byte[] docx) {
    OfficeManager manager = manager();
    if (manager == null) {
      return Optional.empty();
    }
    byte[] bytes = convert(manager, docx);
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
   * Converts with a few quick retries: LibreOffice restarts itself once on a fresh profile (exit
   * code 81), which cancels the conversion under way.
   */
  private static byte[] convert(OfficeManager manager, byte[] docx) {
    OfficeException last = null;
    for (int attempt = 1; attempt <= CONVERSION_ATTEMPTS; attempt++) {
      ByteArrayOutputStream pdf = new ByteArrayOutputStream();
      try {
        LocalConverter.make(manager)
            .convert(new ByteArrayInputStream(docx)).as(DefaultDocumentFormatRegistry.DOCX)
            .to(pdf).as(DefaultDocumentFormatRegistry.PDF)
            .execute();
        return pdf.toByteArray();
      } catch (OfficeException e) {
        last = e;
        log.warn("LibreOffice conversion attempt {} of {} failed: {}", attempt, CONVERSION_ATTEMPTS, e.getMessage());
      }
    }
    throw new IllegalStateException("LibreOffice could not render the document: " + last.getMessage(), last);
  }

  private OfficeManager manager() {
    try {
      return office.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for LibreOffice", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("LibreOffice did not start in time", e);
    }
  }

  @PreDestroy
  void stop() {
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
