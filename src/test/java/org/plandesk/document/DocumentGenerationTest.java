package org.plandesk.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.PlanDeskTest;
import org.plandesk.SeedPlans;
import org.plandesk.plan.ApprovedDocument;
import org.plandesk.plan.PlanContent;
import org.plandesk.plan.PlanDocumentModels;
import org.plandesk.plan.PlanDocuments;
import org.plandesk.plan.PlanLanguage;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanVersion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Generated documents read back: control sheet, modification list, labels, escaping, PDF. */
@Tag("integration")
@PlanDeskTest
@TestPropertySource(properties = "plandesk.documents.office-enabled=true")
class DocumentGenerationTest {

  @Autowired PlanService plans;
  @Autowired PlanDocuments documents;
  @Autowired DocumentTemplates templates;
  @Autowired DocumentArchive archive;

  private PlanVersions versions() {
    return new PlanVersions(plans);
  }

  /** The page count the plan's modification list shows for a version. */
  private Integer pageCountShown(PlanVersion version) {
    return plans.overview(plans.planOf(version).code()).modificationList().stream()
        .filter(row -> row.versionNumber().equals(version.versionNumber()))
        .findFirst()
        .orElseThrow()
        .pageCount();
  }

  @Test
  void seedPlanDocumentHasTheControlSheetAndAnEmptyModificationListInHungarian() throws Exception {
    PlanVersion v1 =
        versions()
            .approved(
                "KÜLSŐ KOMM",
                SeedPlans.KULSO_KOMM_TITLE,
                PlanLanguage.hu,
                SeedPlans.KULSO_KOMM_FILE,
                SeedPlans.kulsoKommunikacio(),
                LocalDate.of(2022, 10, 12),
                LocalDate.of(2022, 11, 1));

    StoredDocument stored = documents.generateApproved(v1.id(), "test");
    DocxText doc = new DocxText(stored.docx());

    assertThat(doc.all()).doesNotContain("${");
    assertThat(stored.fileName()).isEqualTo("Külső kommunikáció_2022.docx");
    assertThat(doc.table("A dokumentum kódja"))
        .containsExactly(
            List.of("A dokumentum kódja", "KÜLSŐ KOMM"),
            List.of("Verziószám", "1.0"),
            List.of("Állománynév", "Külső kommunikáció_2022"),
            List.of("Oldalszám", "1"),
            List.of("Készítette", "Márku Mónika"),
            List.of("Jóváhagyta", "Mikolasek Zsófia"),
            List.of("A jóváhagyás dátuma", "2022. október 12."),
            List.of("A hatálybalépés dátuma", "2022. november 1."),
            // Approved outside the process (the seed's 2022 approval): no signature manifest.
            List.of("Elektronikus aláírás", ""));
    assertThat(doc.table("Verzió"))
        .as("header printed with no earlier versions")
        .containsExactly(
            List.of(
                "Verzió",
                "Állománynév",
                "Oldalszám",
                "Módosította",
                "Jóváhagyta",
                "A jóváhagyás dátuma",
                "A hatálybalépés dátuma"));
    assertThat(doc.paragraphs())
        .contains(
            "1. Kiindulási pont", "• digitális alfabetizáció támogatása", "Elsődleges célcsoport");
    assertThat(doc.table("Célcsoport"))
        .contains(
            List.of(
                "Regisztrált használók",
                "Az intézmény hatékony és eredményorientált, számít véleményükre, élő kapcsolattartásra törekszik",
                "Honlap, szolgáltatásmodulok, rendezvények, fórumok megyei és helyi média, közösségi oldalak, hírlevelek"));
    assertThat(doc.all())
        .as("empty sections are left out")
        .doesNotContain("Stratégiai mutatók", "Monitoring eszközök");

    assertThat(stored.hasPdf()).isTrue();
    assertThat(stored.docxSha256()).isEqualTo(DocumentArchive.sha256(stored.docx()));
    try (var pdf = Loader.loadPDF(stored.pdf())) {
      assertThat(new PDFTextStripper().getText(pdf))
          .contains("KÜLSŐ KOMM")
          .contains("Regisztrált használók");
      assertThat(stored.pageCount()).isEqualTo(pdf.getNumberOfPages()).isGreaterThan(1);
    }
    assertThat(pageCountShown(v1)).isEqualTo(stored.pageCount());
    assertThat(documents.generateApproved(v1.id(), "retry").id())
        .as("a retry makes no second document")
        .isEqualTo(stored.id());
  }

  @Test
  void modificationListRowsAreThePlansEarlierVersions() throws Exception {
    var make = versions();
    PlanVersion v1 =
        make.approved(
            "HIST",
            "Terv",
            PlanLanguage.en,
            "Plan_2024",
            SeedPlans.kulsoKommunikacio(),
            LocalDate.of(2024, 1, 10),
            LocalDate.of(2024, 2, 1));
    int pagesV1 = documents.generateApproved(v1.id(), "test").pageCount();
    PlanVersion v2 =
        make.approved(
            "HIST",
            null,
            null,
            "Plan_2025",
            SeedPlans.kulsoKommunikacio().withChangeSummary("Second"),
            LocalDate.of(2025, 1, 10),
            LocalDate.of(2025, 2, 1));
    int pagesV2 = documents.generateApproved(v2.id(), "test").pageCount();
    PlanVersion v3 =
        make.approved(
            "HIST",
            null,
            null,
            "Plan_2026",
            SeedPlans.kulsoKommunikacio().withChangeSummary("Third"),
            LocalDate.of(2026, 1, 10),
            LocalDate.of(2026, 2, 1));

    DocxText third = new DocxText(documents.generateApproved(v3.id(), "test").docx());

    assertThat(third.table("Version"))
        .containsExactly(
            List.of(
                "Version",
                "File name",
                "Number of pages",
                "Modified by",
                "Approved by",
                "Date of approval",
                "Effective date"),
            List.of(
                "1.0",
                "Plan_2024",
                String.valueOf(pagesV1),
                "Márku Mónika",
                "Mikolasek Zsófia",
                "January 10, 2024",
                "February 1, 2024"),
            List.of(
                "2.0",
                "Plan_2025",
                String.valueOf(pagesV2),
                "Márku Mónika",
                "Mikolasek Zsófia",
                "January 10, 2025",
                "February 1, 2025"));
    assertThat(third.table("Document code")).contains(List.of("Version number", "3.0"));
    assertThat(new DocxText(documents.approvedDocument(v2.id()).docx()).table("Version"))
        .hasSize(2);
  }

  @Test
  void userTextComesOutExactlyAsTypedInEveryScript() throws Exception {
    String tricky = "Library & Archives <b>\"quoted\"</b> 'single' ${notAPlaceholder}";
    String lines = "Első sor – Ąžuolas\nВторая строка: Луцьк і «Ґанок»\nÅsa öppnar";
    PlanContent content =
        new PlanContent(
            lines,
            List.of(tricky),
            List.of(),
            List.of(
                new PlanContent.TargetGroup(
                    PlanContent.Tier.SECONDARY,
                    "Den nyinflyttade flyktingen",
                    "Välkommen & <hej>",
                    "Webb, \"bibliotek\"")),
            List.of(),
            List.of(),
            List.of(),
            "");
    PlanVersion v =
        versions()
            .approved(
                "ESC Åä-1",
                "Tom & Jerry's <plan>",
                PlanLanguage.sv,
                "Fil \"ett\" & två",
                content,
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 1));

    DocxText doc = new DocxText(documents.generateApproved(v.id(), "test").docx());

    assertThat(doc.paragraphs())
        .contains(
            "Tom & Jerry's <plan>",
            lines,
            "• " + tricky,
            "2. Strategiska mål",
            "Sekundära målgrupper");
    assertThat(doc.table("Dokumentkod"))
        .contains(List.of("Dokumentkod", "ESC Åä-1"), List.of("Filnamn", "Fil \"ett\" & två"));
    assertThat(doc.table("Målgrupp"))
        .contains(
            List.of("Den nyinflyttade flyktingen", "Välkommen & <hej>", "Webb, \"bibliotek\""));
  }

  @Test
  void ukrainianProgrammeUsesUkrainianLabels() throws Exception {
    PlanVersion v =
        versions()
            .approved(
                "ЛМЦБС",
                "Програма розвитку КЗ «Луцька міська ЦБС» на 1 рік",
                PlanLanguage.uk,
                "Програма_розвитку",
                SeedPlans.lutskProgramme(),
                LocalDate.of(2026, 1, 15),
                LocalDate.of(2026, 2, 1));

    DocxText doc = new DocxText(documents.generateApproved(v.id(), "test").docx());

    assertThat(doc.table("Зміст роботи").get(1))
        .containsExactly(
            "Інформаційний моніторинг бібліотек, збір пропозицій якою бачить громада бібліотеку",
            "Координаційний центр-центральна бібліотека, стосується всіх філій",
            "Виявлення необхідних для громади послуг, виявлення прогалин в роботі біблотек",
            "",
            "");
    assertThat(doc.table("Інструмент"))
        .contains(List.of("Тематичне експрес – опитування", "щоквартально", "Моніторингова група"));
    assertThat(doc.table("Індикатор"))
        .contains(List.of("% оновлення книжкового фонду", "%", "2", "5"));
    assertThat(doc.table("Код документа"))
        .contains(List.of("Дата затвердження", "15 січня 2026 р."));
  }

  @Test
  void aTemplateSavedByLibreOfficeStillGenerates(@TempDir Path dir) throws Exception {
    Path original = dir.resolve("plan.docx");
    Files.write(original, templates.template("plan", "hu"));
    Path out = dir.resolve("out");
    Process soffice =
        new ProcessBuilder(
                "soffice",
                "--headless",
                "-env:UserInstallation=file://" + dir.resolve("profile"),
                "--convert-to",
                "docx:MS Word 2007 XML",
                "--outdir",
                out.toString(),
                original.toString())
            .redirectErrorStream(true)
            .start();
    assertThat(soffice.waitFor(120, TimeUnit.SECONDS)).isTrue();
    Path resaved = out.resolve("plan.docx");
    assertThat(resaved)
        .as("LibreOffice wrote the template (check the output, not the exit code)")
        .exists();
    assertThat(Files.readAllBytes(resaved)).isNotEqualTo(Files.readAllBytes(original));

    PlanVersion v =
        versions()
            .approved(
                "LO-SAVED",
                SeedPlans.KULSO_KOMM_TITLE,
                PlanLanguage.hu,
                SeedPlans.KULSO_KOMM_FILE,
                SeedPlans.kulsoKommunikacio(),
                LocalDate.of(2022, 10, 12),
                LocalDate.of(2022, 11, 1));
    var plan = plans.planOf(v);
    byte[] docx =
        DocxFiller.fill(
            Files.readAllBytes(resaved), PlanDocumentModels.of(plan, v, List.of(), false));

    DocxText doc = new DocxText(docx);
    assertThat(doc.all()).doesNotContain("${").contains("LO-SAVED").contains("Mikolasek Zsófia");
    assertThat(doc.paragraphs())
        .anyMatch(p -> p.startsWith("LO-SAVED · 1.0 · Külső kommunikáció_2022 · "));
    assertThat(doc.table("Célcsoport")).hasSize(4);
  }

  @Test
  void aDocumentStoredWithoutLibreOfficeGetsItsPdfAndPageCountWhenRegenerated() throws Exception {
    PlanVersion v =
        versions()
            .approved(
                "NO-OFFICE",
                SeedPlans.KULSO_KOMM_TITLE,
                PlanLanguage.hu,
                SeedPlans.KULSO_KOMM_FILE,
                SeedPlans.kulsoKommunikacio(),
                LocalDate.of(2022, 10, 12),
                LocalDate.of(2022, 11, 1));
    // As generated on a machine without LibreOffice: the DOCX only.
    byte[] docx =
        DocxFiller.fill(
            templates.template("plan", "hu"),
            PlanDocumentModels.of(plans.planOf(v), v, List.of(), false));
    StoredDocument withoutPdf =
        archive.store(
            new DocumentSubject(ApprovedDocument.KIND, v.id()),
            ApprovedDocument.EDITION,
            "hu",
            "Külső kommunikáció_2022.docx",
            docx,
            null,
            "test");
    assertThat(withoutPdf.hasPdf()).isFalse();
    assertThat(documents.info(v.id()).orElseThrow().pdfStatus()).startsWith("not available");
    assertThat(pageCountShown(v)).isNull();

    StoredDocument regenerated = documents.generateApproved(v.id(), "admin");

    assertThat(regenerated.id()).isEqualTo(withoutPdf.id());
    assertThat(regenerated.docx()).as("the DOCX is never replaced").isEqualTo(docx);
    assertThat(regenerated.hasPdf()).isTrue();
    try (var pdf = Loader.loadPDF(regenerated.pdf())) {
      assertThat(regenerated.pageCount()).isEqualTo(pdf.getNumberOfPages());
    }
    assertThat(pageCountShown(v)).isEqualTo(regenerated.pageCount());
  }
}
