package org.plandesk.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskTest;
import org.plandesk.SeedPlans;
import org.plandesk.grant.GrantDocumentEdition;
import org.plandesk.grant.GrantDocuments;
import org.plandesk.grant.GrantDraft;
import org.plandesk.grant.GrantEvent;
import org.plandesk.grant.GrantRequest;
import org.plandesk.grant.GrantService;
import org.plandesk.plan.PlanLanguage;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanVersion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Grant request documents read back as a reader sees them: a seed 004 request (the Lutsk
 * programme's grant activity) in Ukrainian with its amounts, decision and award, user text exactly
 * as typed, English where the request serves no plan.
 */
@Tag("integration")
@PlanDeskTest
@TestPropertySource(properties = "plandesk.documents.office-enabled=true")
class GrantDocumentTest {

  private static final LocalDate PREPARED = LocalDate.of(2027, 3, 1);
  private static final LocalDate APPROVED = LocalDate.of(2027, 3, 3);
  private static final String NBSP = "\u00a0";

  @Autowired PlanService plans;
  @Autowired GrantService grants;
  @Autowired GrantDocuments documents;

  /** The Lutsk programme (seed 004, Ukrainian) in force, under a code of its own. */
  private PlanVersion lutskInForce(String code) {
    return new PlanVersions(plans)
        .approved(
            code,
            "Програма розвитку КЗ «Луцька міська ЦБС» на 1 рік",
            PlanLanguage.uk,
            "Програма_розвитку",
            SeedPlans.lutskProgramme(),
            LocalDate.of(2027, 1, 15),
            LocalDate.of(2027, 2, 1));
  }

  private GrantRequest approved(GrantDraft draft, String comment) {
    GrantRequest request = grants.prepare(draft, "anna", null, PREPARED);
    grants.approve(request.id(), comment, "director", APPROVED);
    return grants.request(request.id());
  }

  private static GrantDraft lutskGrant(String planCode, String title, String funder) {
    return new GrantDraft(
        title,
        funder,
        "Бібліотеки як простори громад 2027",
        new BigDecimal("12500.50"),
        "eur",
        new BigDecimal("1500"),
        "Обладнати простір для громадських ініціатив: <зала> & «кав’ярня»",
        "20 заходів,\n600 відвідувачів",
        planCode,
        "Грантова діяльність бібліотек",
        LocalDate.of(2027, 3, 31),
        "peter");
  }

  @Test
  void seedRequestDocumentIsInUkrainianWithAmountsTheDecisionAndTextAsTyped() throws Exception {
    lutskInForce("ЛМЦБС-ГРАНТ");
    String title = "Простір громади <Луцьк> & «Ґанок»";
    GrantRequest request =
        approved(
            lutskGrant("ЛМЦБС-ГРАНТ", title, "House of Europe & Co <HoE>"), "Добре & <вчасно>");

    StoredDocument stored = documents.generate(request.id(), GrantDocumentEdition.REQUEST, "test");
    DocxText doc = new DocxText(stored.docx());

    assertThat(doc.all()).doesNotContain("${");
    assertThat(stored.fileName())
        .isEqualTo("Грантова заявка " + request.id() + " – Простір громади _Луцьк_ & «Ґанок».docx");
    assertThat(stored.language()).isEqualTo("uk");
    assertThat(doc.paragraphs())
        .contains(
            title,
            "Номер заявки: " + request.id() + " · Заявка, схвалена директором",
            "Грантова діяльність · Фандрайзингова діяльність",
            "Обладнати простір для громадських ініціатив: <зала> & «кав’ярня»",
            "20 заходів,\n600 відвідувачів");
    assertThat(doc.table("Назва проєкту"))
        .containsExactly(
            List.of("Назва проєкту", title),
            List.of("Грантодавець", "House of Europe & Co <HoE>"),
            List.of("Програма або конкурс", "Бібліотеки як простори громад 2027"),
            List.of("Запитувана сума", "12" + NBSP + "500,50" + NBSP + "EUR"),
            List.of("Власний внесок", "1" + NBSP + "500,00" + NBSP + "EUR"),
            List.of("Строк подання грантодавцю", "31 березня 2027 р."),
            List.of("План", "ЛМЦБС-ГРАНТ – Програма розвитку КЗ «Луцька міська ЦБС» на 1 рік"),
            List.of("Пункт плану", "Грантова діяльність бібліотек"),
            List.of("Відповідальна особа", "Péter Szabó"),
            List.of("Підготував", "Anna Lindqvist"));
    assertThat(doc.table("Рішення директора"))
        .containsExactly(
            List.of("Рішення директора", "Схвалено"),
            List.of("Рішення ухвалив", "Mikolasek Zsófia"),
            List.of("Дата рішення", "3 березня 2027 р."),
            // Decided outside the process (a seed request): no signature manifest.
            List.of("Електронний підпис", ""),
            List.of("Коментар директора", "Добре & <вчасно>"));
    assertThat(doc.all())
        .as("no award before the funder decides")
        .doesNotContain("Рішення грантодавця", "Звітні зобов’язання");
    assertThat(doc.paragraphs())
        .anyMatch(p -> p.startsWith("Номер заявки " + request.id() + " · " + title + " · "));

    assertThat(stored.docxSha256()).isEqualTo(DocumentArchive.sha256(stored.docx()));
    assertThat(stored.hasPdf()).isTrue();
    try (var pdf = Loader.loadPDF(stored.pdf())) {
      assertThat(new PDFTextStripper().getText(pdf))
          .contains("House of Europe & Co <HoE>", "Грантодавець");
      assertThat(stored.pageCount()).isEqualTo(pdf.getNumberOfPages());
    }
    assertThat(documents.generate(request.id(), GrantDocumentEdition.REQUEST, "retry").id())
        .as("a retry makes no second document")
        .isEqualTo(stored.id());
    assertThat(grants.overview(request.id()).history())
        .filteredOn(e -> e.kind().name().equals("DOCUMENT_GENERATED"))
        .extracting(GrantEvent::detail)
        .containsExactly("REQUEST " + stored.fileName() + ", sha256 " + stored.docxSha256());
  }

  @Test
  void awardDocumentAddsTheAwardAndReportingObligationsAndLeavesTheRequestDocumentAsItWas()
      throws Exception {
    lutskInForce("ЛМЦБС-НАГОРОДА");
    GrantRequest request =
        approved(lutskGrant("ЛМЦБС-НАГОРОДА", "Простір громади", "House of Europe"), null);
    assertThatThrownBy(() -> documents.generate(request.id(), GrantDocumentEdition.AWARD, "test"))
        .hasMessageContaining(
            "is “Approved, to be submitted”: it has no document “Award document”");
    byte[] asApproved =
        documents.generate(request.id(), GrantDocumentEdition.REQUEST, "test").docx();

    grants.submit(
        request.id(),
        LocalDate.of(2027, 3, 20),
        "HoE-2027-0042",
        "peter",
        LocalDate.of(2027, 3, 20));
    grants.award(
        request.id(),
        new BigDecimal("10000"),
        "Згадка грантодавця & логотип <HoE> на кожному заході",
        "2027-09-30 Проміжний звіт & фото\n2028-03-31 Фінансовий звіт",
        "Вітаємо!",
        "peter");
    StoredDocument award = documents.generate(request.id(), GrantDocumentEdition.AWARD, "test");
    DocxText doc = new DocxText(award.docx());

    assertThat(doc.all()).doesNotContain("${");
    assertThat(award.fileName())
        .isEqualTo("Наданий грант " + request.id() + " – Простір громади.docx");
    assertThat(doc.paragraphs())
        .contains(
            "Рішення грантодавця",
            "Звітні зобов’язання",
            "Номер заявки: "
                + request.id()
                + " · Заявка з рішенням грантодавця про надання гранту");
    assertThat(doc.table("Подано грантодавцю"))
        .containsExactly(
            List.of("Подано грантодавцю", "20 березня 2027 р."),
            List.of("Надана сума", "10" + NBSP + "000,00" + NBSP + "EUR"),
            List.of("Умови", "Згадка грантодавця & логотип <HoE> на кожному заході"),
            List.of("Коментар грантодавця", "Вітаємо!"));
    assertThat(doc.table("Строк"))
        .containsExactly(
            List.of("Строк", "Що звітувати"),
            List.of("30 вересня 2027 р.", "Проміжний звіт & фото"),
            List.of("31 березня 2028 р.", "Фінансовий звіт"));
    assertThat(doc.table("Рішення директора")).contains(List.of("Коментар директора", ""));

    assertThat(documents.document(request.id(), null).edition())
        .as("the latest")
        .isEqualTo(GrantDocumentEdition.AWARD.name());
    assertThat(documents.document(request.id(), GrantDocumentEdition.REQUEST).docx())
        .isEqualTo(asApproved);
  }

  @Test
  void aRequestThatServesNoPlanGetsTheDefaultLanguage() throws Exception {
    GrantDraft draft =
        new GrantDraft(
            "Reading tent",
            "Culture Bridge",
            null,
            new BigDecimal("800"),
            "HUF",
            BigDecimal.ZERO,
            "Summer reading",
            "Ten readings",
            null,
            null,
            LocalDate.of(2027, 4, 1),
            "olena");
    GrantRequest request = approved(draft, null);

    StoredDocument stored = documents.generate(request.id(), GrantDocumentEdition.REQUEST, "test");
    DocxText doc = new DocxText(stored.docx());

    assertThat(stored.language()).isEqualTo("en");
    assertThat(stored.fileName())
        .isEqualTo("Grant request " + request.id() + " – Reading tent.docx");
    assertThat(doc.table("Title of the project"))
        .contains(
            List.of("Programme or call", ""),
            List.of("Amount requested", "800.00" + NBSP + "HUF"),
            List.of("Plan it serves", ""),
            List.of("Responsible person", "Olena Kovalchuk"));
    assertThat(doc.table("Director's decision"))
        .contains(List.of("Date of the decision", "March 3, 2027"));
  }
}
