package org.plandesk.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.docx4j.openpackaging.parts.WordprocessingML.BinaryPartAbstractImage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskTest;
import org.plandesk.grant.GrantDraft;
import org.plandesk.grant.GrantRequest;
import org.plandesk.grant.GrantService;
import org.plandesk.plan.PlanService;
import org.plandesk.review.ReviewService;
import org.plandesk.review.report.ImplementationReport;
import org.plandesk.review.report.ImplementationReports;
import org.plandesk.review.report.ReportDocuments;
import org.plandesk.review.report.ReportSeeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The yearly implementation report read back as a reader sees it: seed 004's Lutsk programme in
 * Ukrainian with its action items done and not done, the year's activities with their participants,
 * its indicators against baseline and target with a chart each, and the grant won that year;
 * rendered by LibreOffice to a PDF whose text and page count are checked with PDFBox.
 */
@Tag("integration")
@PlanDeskTest
@TestPropertySource(properties = "plandesk.documents.office-enabled=true")
class ReportDocumentTest {

  private static final String NBSP = "\u00a0";

  @Autowired PlanService plans;
  @Autowired ReviewService reviews;
  @Autowired GrantService grants;
  @Autowired JdbcClient jdbc;
  @Autowired ImplementationReports reports;
  @Autowired ReportDocuments documents;

  /** A grant for the programme's grant activity, awarded on 15 June of the year reported. */
  private void grantWon(String code) {
    int year = ReportSeeds.year();
    LocalDate prepared = LocalDate.of(year, 6, 1);
    GrantRequest request =
        grants.prepare(
            new GrantDraft(
                "Простір громади & «Ґанок»",
                "House of Europe",
                "Бібліотеки як простори громад",
                new BigDecimal("12500.50"),
                "EUR",
                BigDecimal.ZERO,
                "Обладнати простір для громадських ініціатив",
                "20 заходів",
                code,
                ReportSeeds.SECOND_DONE,
                LocalDate.of(year, 6, 30),
                "peter"),
            "anna",
            null,
            prepared);
    grants.approve(request.id(), null, "director", prepared);
    grants.submit(request.id(), prepared, "HoE-42", "peter", prepared);
    ClockUtil.setCurrentTime(
        Date.from(LocalDate.of(year, 6, 15).atStartOfDay(ZoneId.systemDefault()).toInstant()));
    try {
      grants.award(
          request.id(),
          new BigDecimal("8000"),
          "Згадка грантодавця",
          (year + 1) + "-01-31 Фінальний звіт",
          null,
          "peter");
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void reportTellsTheYearInThePlansLanguageWithChartsAndRendersToAPdf() throws Exception {
    String code = new ReportSeeds(plans, reviews, jdbc).lutskWithAYear();
    grantWon(code);
    ImplementationReport report = reports.request(code, ReportSeeds.year(), "coordinator");

    StoredDocument draft = documents.generateDraft(report.id());
    DocxText doc = new DocxText(draft.docx());
    assertThat(doc.all()).doesNotContain("${");
    assertThat(doc.paragraphs())
        .contains(
            "ПРОЄКТ – не затверджено",
            "Річний звіт про виконання " + ReportSeeds.year(),
            "Виконані заходи плану",
            "Невиконані заходи плану");

    List<List<List<String>>> numbered = doc.tablesHeaded("№");
    assertThat(numbered).as("done, not done, indicators").hasSize(3);
    assertThat(numbered.get(0))
        .extracting(row -> row.get(1))
        .containsExactly("Захід плану", ReportSeeds.DONE_ITEM, ReportSeeds.SECOND_DONE);
    assertThat(numbered.get(0).get(1)).endsWith("2", "60");
    assertThat(numbered.get(1))
        .extracting(row -> row.get(4))
        .containsExactly("Стан", "виконується");
    assertThat(numbered.get(2))
        .containsExactly(
            List.of(
                "№",
                "Показник",
                "Одиниця виміру",
                "Базове значення",
                "Цільове значення",
                "Останнє значення",
                "Ціль досягнуто"),
            List.of(
                "1",
                "Щорічний % зменшення скарг та незадоволеного попиту користувачів",
                "%",
                "0",
                "10",
                "7 (1 жовтня " + ReportSeeds.year() + " р.)",
                "ще ні"),
            List.of(
                "2",
                "% оновлення книжкового фонду",
                "%",
                "2",
                "5",
                "5,5 (1 жовтня " + ReportSeeds.year() + " р.)",
                "так"));
    assertThat(doc.table("Дата"))
        .as("the year's activities only, oldest first")
        .extracting(row -> row.get(3))
        .containsExactly("Учасники", "36", "24");
    assertThat(doc.table("Проєкт"))
        .containsExactly(
            List.of(
                "Проєкт",
                "Грантодавець",
                "Програма або конкурс",
                "Захід плану",
                "Присуджена сума",
                "Дата присудження"),
            List.of(
                "Простір громади & «Ґанок»",
                "House of Europe",
                "Бібліотеки як простори громад",
                ReportSeeds.SECOND_DONE,
                "8" + NBSP + "000,00" + NBSP + "EUR",
                "15 червня " + ReportSeeds.year() + " р."));
    long charts =
        doc.pkg.getParts().getParts().values().stream()
            .filter(BinaryPartAbstractImage.class::isInstance)
            .count();
    assertThat(charts).as("a chart per indicator with values").isEqualTo(2);
    assertThat(doc.all()).doesNotContain("Затвердив(ла)");

    assertThat(draft.hasPdf()).isTrue();
    assertThat(draft.pageCount()).isPositive();
    try (var pdf = Loader.loadPDF(draft.pdf())) {
      assertThat(draft.pageCount()).isEqualTo(pdf.getNumberOfPages());
      // Narrow table columns break words across lines: compare the text without white space.
      assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", ""))
          .contains(
              "Річнийзвітпровиконання",
              ReportSeeds.ACTIVITY_GOAL.replaceAll("\\s+", ""),
              "%оновленнякнижковогофонду",
              "HouseofEurope");
    }
    assertThat(documents.generateDraft(report.id()).id())
        .as("a retry makes no second document")
        .isEqualTo(draft.id());
  }
}
