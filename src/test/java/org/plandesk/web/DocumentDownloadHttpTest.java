package org.plandesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskWebTest;
import org.plandesk.SeedPlans;
import org.plandesk.document.DocumentArchive;
import org.plandesk.document.DocxReading;
import org.plandesk.plan.PlanDocuments;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.VersionStatus;
import org.plandesk.plan.process.LifecycleDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Documents through the authenticated API: the approved DOCX with its file name and hash, the PDF
 * marked not available without LibreOffice (switched off in this context), the draft preview for
 * the coordinator and the director only and marked as a draft, superseded versions still
 * downloadable as copies marked superseded while the archive keeps them as stored.
 */
@PlanDeskWebTest
class DocumentDownloadHttpTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired PlanService plans;
  @Autowired PlanDocuments documents;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private HttpResponse<byte[]> get(String path, String user) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (user != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    return HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void approvedDocumentDownloadsPreviewIsForDecidersAndSupersededStaysAvailable() throws Exception {
    LifecycleDriver driver = new LifecycleDriver(engine, plans);
    LocalDate today = LocalDate.of(2026, 10, 1);
    driver.reachDay(today);
    ProcessInstance first =
        driver.startNewPlan(
            "coordinator",
            "DL-" + System.nanoTime(),
            SeedPlans.KULSO_KOMM_TITLE,
            "COMMUNICATION_PLAN",
            "hu");
    long v1 = driver.versionId(first);
    String code = plans.planOf(plans.version(v1)).code();
    driver.writeContent(first, SeedPlans.kulsoKommunikacio());
    plans.saveDraft(v1, null, SeedPlans.KULSO_KOMM_FILE, SeedPlans.kulsoKommunikacio());
    driver.draft(first, List.of(), today.plusDays(2));
    driver.consolidate(first);

    for (String decider : List.of("coordinator", "director")) {
      var preview = get("/api/versions/" + v1 + "/preview.docx", decider);
      assertThat(preview.statusCode()).as(decider).isEqualTo(200);
      var text =
          WordprocessingMLPackage.load(new ByteArrayInputStream(preview.body()))
              .getMainDocumentPart()
              .getContent()
              .toString();
      assertThat(preview.headers().firstValue("Content-Disposition").orElseThrow())
          .contains("(draft).docx");
      assertThat(text).isNotEmpty();
      assertThat(DocxReading.text(preview.body())).contains("TERVEZET – nincs jóváhagyva");
      var pdfPreview = get("/api/versions/" + v1 + "/preview.pdf", decider);
      assertThat(pdfPreview.statusCode()).as("no LibreOffice here").isEqualTo(404);
      assertThat(new String(pdfPreview.body(), StandardCharsets.UTF_8)).contains("LibreOffice");
    }
    assertThat(get("/api/versions/" + v1 + "/preview.docx", "anna").statusCode()).isEqualTo(403);
    assertThat(get("/api/versions/" + v1 + "/preview.pdf", "anna").statusCode()).isEqualTo(403);
    assertThat(get("/api/versions/" + v1 + "/preview.docx", "auditor").statusCode()).isEqualTo(403);
    assertThat(get("/api/versions/" + v1 + "/document.docx", "anna").statusCode())
        .as("no document before approval")
        .isEqualTo(404);

    driver.decide(first, "APPROVE", null, today);
    driver.reachDay(today);

    var docx = get("/api/versions/" + v1 + "/document.docx", "anna");
    assertThat(docx.statusCode()).isEqualTo(200);
    assertThat(docx.headers().firstValue("Content-Type").orElseThrow())
        .contains("wordprocessingml");
    assertThat(docx.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("filename*=UTF-8''K%C3%BCls%C5%91%20kommunik%C3%A1ci%C3%B3_2022.docx");
    assertThat(docx.headers().firstValue("X-Content-SHA256").orElseThrow())
        .isEqualTo(DocumentArchive.sha256(docx.body()));
    WordprocessingMLPackage.load(new ByteArrayInputStream(docx.body()));

    var pdf = get("/api/versions/" + v1 + "/document.pdf", "anna");
    assertThat(pdf.statusCode()).isEqualTo(404);
    assertThat(new String(pdf.body(), StandardCharsets.UTF_8))
        .contains("not available: LibreOffice was not installed");
    assertThat(new String(get("/api/versions/" + v1, "auditor").body(), StandardCharsets.UTF_8))
        .contains("\"pdfAvailable\":false")
        .contains("\"pdfStatus\":\"not available");
    assertThat(get("/api/versions/" + v1 + "/preview.docx", "director").statusCode())
        .as("no preview once approved")
        .isEqualTo(400);
    assertThat(get("/api/versions/" + v1 + "/document.docx", null).statusCode()).isEqualTo(401);

    ProcessInstance second = driver.startNewVersion("coordinator", code);
    driver.draft(second, List.of(), today.plusDays(2));
    driver.consolidate(second);
    driver.decide(second, "APPROVE", null, today);
    driver.reachDay(today);
    assertThat(plans.version(v1).status()).isEqualTo(VersionStatus.SUPERSEDED);
    var superseded = get("/api/versions/" + v1 + "/document.docx", "auditor");
    assertThat(superseded.statusCode()).isEqualTo(200);
    assertThat(superseded.headers().firstValue("X-Document-Mark")).hasValue("SUPERSEDED");
    assertThat(superseded.headers().firstValue("X-Archived-SHA256"))
        .hasValue(DocumentArchive.sha256(docx.body()));
    assertThat(superseded.headers().firstValue("X-Content-SHA256")).isEmpty();
    String supersededText = DocxReading.text(superseded.body());
    assertThat(supersededText)
        .contains("HATÁLYON KÍVÜL")
        .contains("helyébe a(z) 2.0 verzió lépett")
        .as("the copy is the whole document")
        .contains(code, "Regisztrált használók");
    assertThat(documents.approvedDocument(v1).docx())
        .as("the archive keeps the document as stored")
        .isEqualTo(docx.body());
    assertThat(get("/api/versions/" + v1 + "/document.pdf", "auditor").statusCode())
        .as("no PDF was stored without LibreOffice")
        .isEqualTo(404);
  }
}
