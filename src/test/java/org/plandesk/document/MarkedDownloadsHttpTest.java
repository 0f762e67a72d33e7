package org.plandesk.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskWebTest;
import org.plandesk.SeedPlans;
import org.plandesk.plan.PlanDocuments;
import org.plandesk.plan.PlanLanguage;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanType;
import org.plandesk.plan.PlanVersion;
import org.plandesk.plan.VersionRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The marked downloads through real HTTP with LibreOffice running: the draft's PDF preview for the
 * deciders (DRAFT on every page, no PDF/A), the PDF/A-2b document of the version in force as
 * stored, and the superseded version's PDF and DOCX as marked copies, the archive unchanged.
 */
@PlanDeskWebTest
@TestPropertySource(properties = "plandesk.documents.office-enabled=true")
class MarkedDownloadsHttpTest {

  @LocalServerPort int port;
  @Autowired PlanService plans;
  @Autowired PlanDocuments documents;

  private HttpResponse<byte[]> get(String path, String user) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
            .GET();
    return HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void supersededDownloadsAreMarkedCopiesAndTheVersionInForceIsTheArchivedPdfA() throws Exception {
    String code = "MARK-" + System.nanoTime() % 1_000_000_000L;
    var make = new PlanVersions(plans);
    PlanVersion v1 =
        make.approved(
            code,
            SeedPlans.KULSO_KOMM_TITLE,
            PlanLanguage.sv,
            "Extern kommunikation_2025",
            SeedPlans.kulsoKommunikacio(),
            LocalDate.of(2025, 1, 10),
            LocalDate.of(2025, 2, 1));
    StoredDocument stored = documents.generateApproved(v1.id(), "test");
    PlanVersion v2 =
        make.approved(
            code,
            null,
            null,
            "Extern kommunikation_2026",
            SeedPlans.kulsoKommunikacio().withChangeSummary("Nya kanaler"),
            LocalDate.of(2026, 1, 10),
            LocalDate.of(2026, 2, 1));
    StoredDocument inForce = documents.generateApproved(v2.id(), "test");
    String mark = "ERSATT av version 2.0 – gäller inte sedan den 1 februari 2026";

    var pdf = get("/api/versions/" + v1.id() + "/document.pdf", "anna");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("X-Document-Mark")).hasValue("SUPERSEDED");
    assertThat(pdf.headers().firstValue("X-Archived-SHA256")).hasValue(stored.pdfSha256());
    assertThat(pdf.headers().firstValue("X-Content-SHA256"))
        .as("the copy is not the stored file")
        .isEmpty();
    assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("Extern%20kommunikation_2025.pdf");
    assertThat(PdfReading.pageTexts(pdf.body()))
        .hasSizeGreaterThan(1)
        .allSatisfy(page -> assertThat(page).contains(mark));
    assertThat(PdfReading.pdfA2bFailures(pdf.body())).isEmpty();

    var docx = get("/api/versions/" + v1.id() + "/document.docx", "auditor");
    assertThat(docx.statusCode()).isEqualTo(200);
    assertThat(docx.headers().firstValue("X-Archived-SHA256")).hasValue(stored.docxSha256());
    assertThat(DocxReading.text(docx.body())).contains(mark);

    StoredDocument after = documents.approvedDocument(v1.id());
    assertThat(after.docx()).isEqualTo(stored.docx());
    assertThat(after.pdf()).isEqualTo(stored.pdf());
    assertThat(DocumentArchive.sha256(after.docx())).isEqualTo(after.docxSha256());

    var current = get("/api/versions/" + v2.id() + "/document.pdf", "anna");
    assertThat(current.statusCode()).isEqualTo(200);
    assertThat(current.body()).isEqualTo(inForce.pdf());
    assertThat(current.headers().firstValue("X-Content-SHA256")).hasValue(inForce.pdfSha256());
    assertThat(current.headers().firstValue("X-Document-Mark")).isEmpty();
    assertThat(PdfReading.claimedPdfA(current.body())).isEqualTo("2B");
    assertThat(PdfReading.pdfA2bFailures(current.body())).isEmpty();
  }

  @Test
  void theDraftsPdfPreviewSaysDraftOnEveryPageForTheDecidersOnly() throws Exception {
    PlanVersion draft =
        plans.openVersion(
            new VersionRequest(
                VersionRequest.Kind.NEW_PLAN,
                "PREV-" + System.nanoTime() % 1_000_000_000L,
                "План комунікації",
                PlanType.COMMUNICATION_PLAN,
                PlanLanguage.ru),
            PlanVersions.MARKU);
    plans.saveDraft(draft.id(), null, "План_2027", SeedPlans.kulsoKommunikacio());
    String path = "/api/versions/" + draft.id() + "/preview.pdf";

    var preview = get(path, "director");

    assertThat(preview.statusCode()).isEqualTo(200);
    assertThat(preview.headers().firstValue("Content-Type").orElseThrow())
        .contains("application/pdf");
    assertThat(preview.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("(draft).pdf");
    assertThat(PdfReading.pageTexts(preview.body()))
        .hasSizeGreaterThan(1)
        .allSatisfy(page -> assertThat(page).contains("ПРОЕКТ – не утверждён"));
    assertThat(PdfReading.claimedPdfA(preview.body())).as("a draft is no archival PDF").isEmpty();
    assertThat(get(path, "coordinator").statusCode()).isEqualTo(200);
    assertThat(get(path, "anna").statusCode()).isEqualTo(403);
    assertThat(get(path, "auditor").statusCode()).isEqualTo(403);
  }
}
