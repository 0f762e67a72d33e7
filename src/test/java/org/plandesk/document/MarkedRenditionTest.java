package org.plandesk.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskTest;
import org.plandesk.SeedPlans;
import org.plandesk.plan.PlanDocuments;
import org.plandesk.plan.PlanLanguage;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanType;
import org.plandesk.plan.PlanVersion;
import org.plandesk.plan.VersionCopyMarks;
import org.plandesk.plan.VersionRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Marked copies and the archival rendition, rendered by LibreOffice and read back page by page with
 * PDFBox: the document in force is PDF/A-2b (veraPDF finds nothing wrong); a draft's preview says
 * DRAFT on every page and is no PDF/A; a superseded or retired version's copy says so on every page
 * with the day and the version that replaced it, while the archive keeps the document, and its
 * hash, as stored.
 */
@Tag("integration")
@PlanDeskTest
@TestPropertySource(properties = "plandesk.documents.office-enabled=true")
class MarkedRenditionTest {

  @Autowired PlanService plans;
  @Autowired PlanDocuments documents;
  @Autowired MarkedCopies marked;
  @Autowired VersionCopyMarks marks;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static String code(String prefix) {
    return prefix + "-" + System.nanoTime() % 1_000_000_000L;
  }

  @Test
  void theDocumentInForceIsPdfA2b() throws Exception {
    PlanVersion v1 =
        new PlanVersions(plans)
            .approved(
                code("PDFA"),
                SeedPlans.KULSO_KOMM_TITLE,
                PlanLanguage.hu,
                SeedPlans.KULSO_KOMM_FILE,
                SeedPlans.kulsoKommunikacio(),
                LocalDate.of(2022, 10, 12),
                LocalDate.of(2022, 11, 1));

    StoredDocument stored = documents.generateApproved(v1.id(), "test");

    assertThat(PdfReading.claimedPdfA(stored.pdf())).isEqualTo("2B");
    assertThat(PdfReading.pdfA2bFailures(stored.pdf())).isEmpty();
    assertThat(marks.of(v1.id())).as("a version in force is handed out unmarked").isEmpty();
  }

  @Test
  void everyPageOfADraftPreviewSaysDraftAndItIsNoArchivalPdf() throws Exception {
    PlanVersion draft =
        plans.openVersion(
            new VersionRequest(
                VersionRequest.Kind.NEW_PLAN,
                code("DRAFT"),
                SeedPlans.KULSO_KOMM_TITLE,
                PlanType.COMMUNICATION_PLAN,
                PlanLanguage.hu),
            PlanVersions.MARKU);
    plans.saveDraft(draft.id(), null, SeedPlans.KULSO_KOMM_FILE, SeedPlans.kulsoKommunikacio());
    PageMark mark = PageMark.draft("hu");

    byte[] pdf = marked.pdf(marked.docx(documents.preview(draft.id()), mark), mark);

    List<String> pages = PdfReading.pageTexts(pdf);
    assertThat(pages)
        .hasSizeGreaterThan(1)
        .allSatisfy(p -> assertThat(p).contains("TERVEZET – nincs jóváhagyva"));
    assertThat(PdfReading.claimedPdfA(pdf)).as("a draft is not stamped PDF/A").isEmpty();
    assertThat(PdfReading.pdfA2bFailures(pdf))
        .as("the validator tells a plain PDF from an archival one")
        .isNotEmpty();
  }

  @Test
  void everyPageOfEverySectionCarriesTheMarkWhateverItsHeaders() throws Exception {
    byte[] original = SectionedDocument.make();
    PageMark mark = PageMark.draft("uk");

    List<String> unmarked = PdfReading.pageTexts(marked.pdf(original, mark));
    List<String> pages = PdfReading.pageTexts(marked.pdf(marked.docx(original, mark), mark));

    assertThat(unmarked)
        .as("without marks the title page and the even pages have no header")
        .anySatisfy(p -> assertThat(p).doesNotContain(SectionedDocument.PART_ONE_HEADER));
    assertThat(pages).hasSizeGreaterThanOrEqualTo(4);
    assertThat(pages).allSatisfy(p -> assertThat(p).contains("ПРОЄКТ – не затверджено"));
    assertThat(pages.stream().filter(p -> p.contains(SectionedDocument.PART_ONE_HEADER)))
        .as("the running head stays where it was")
        .isNotEmpty();
  }

  @Test
  void aSupersededCopySaysSoOnEveryPageAndTheArchiveKeepsTheDocumentAsStored() throws Exception {
    String code = code("SUPER");
    var make = new PlanVersions(plans);
    PlanVersion v1 =
        make.approved(
            code,
            SeedPlans.KULSO_KOMM_TITLE,
            PlanLanguage.hu,
            SeedPlans.KULSO_KOMM_FILE,
            SeedPlans.kulsoKommunikacio(),
            LocalDate.of(2025, 1, 10),
            LocalDate.of(2025, 2, 1));
    StoredDocument stored = documents.generateApproved(v1.id(), "test");
    PlanVersion v2 =
        make.approved(
            code,
            null,
            null,
            "Külső kommunikáció_2026",
            SeedPlans.kulsoKommunikacio().withChangeSummary("Új csatornák"),
            LocalDate.of(2026, 1, 10),
            LocalDate.of(2026, 2, 1));

    PageMark mark = marks.of(v1.id()).orElseThrow();
    byte[] docx = marked.docx(stored.docx(), mark);
    byte[] pdf = marked.pdf(docx, mark);

    String expected = "HATÁLYON KÍVÜL 2026. február 1. óta – helyébe a(z) 2.0 verzió lépett";
    assertThat(mark.text()).isEqualTo(expected);
    assertThat(new DocxText(docx).all()).contains(expected);
    List<String> pages = PdfReading.pageTexts(pdf);
    assertThat(pages).hasSizeGreaterThan(1).allSatisfy(p -> assertThat(p).contains(expected));
    assertThat(PdfReading.pdfA2bFailures(pdf)).as("the copy is fit for an archive too").isEmpty();

    StoredDocument after = documents.approvedDocument(v1.id());
    assertThat(after.docx()).isEqualTo(stored.docx());
    assertThat(after.pdf()).isEqualTo(stored.pdf());
    assertThat(DocumentArchive.sha256(after.docx())).isEqualTo(stored.docxSha256());
    assertThat(after.docxSha256()).isEqualTo(stored.docxSha256());
    assertThat(after.pdfSha256()).isEqualTo(stored.pdfSha256());
    assertThat(new DocxText(after.docx()).all()).doesNotContain("HATÁLYON KÍVÜL");
    assertThat(marks.of(v2.id())).isEmpty();
  }

  @Test
  void aRetiredCopySaysRetiredWithTheDayOfRetirement() throws Exception {
    PlanVersion version =
        new PlanVersions(plans)
            .approved(
                code("RETIRE"),
                "Програма розвитку",
                PlanLanguage.uk,
                "Програма_2026",
                SeedPlans.lutskProgramme(),
                LocalDate.of(2026, 1, 10),
                LocalDate.of(2026, 2, 1));
    StoredDocument stored = documents.generateApproved(version.id(), "test");
    ClockUtil.setCurrentTime(
        Date.from(
            LocalDate.of(2027, 3, 3).atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant()));
    plans.retire(version.id(), "Програму завершено");

    PageMark mark = marks.of(version.id()).orElseThrow();
    byte[] pdf = marked.pdf(marked.docx(stored.docx(), mark), mark);

    String expected = "СКАСОВАНО – втратив чинність 3 березня 2027 р., нової версії не прийнято";
    assertThat(mark.text()).isEqualTo(expected);
    assertThat(PdfReading.pageTexts(pdf)).allSatisfy(p -> assertThat(p).contains(expected));
    assertThat(documents.approvedDocument(version.id()).docx()).isEqualTo(stored.docx());
  }
}
