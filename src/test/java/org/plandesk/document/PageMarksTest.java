package org.plandesk.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.HeaderReference;
import org.docx4j.wml.P;
import org.docx4j.wml.SectPr;
import org.junit.jupiter.api.Test;

/**
 * Marks read back from the DOCX: every section's default, first-page and even-page header carries
 * the mark, in the plan's language, once; what the headers held stays; the document given is not
 * changed.
 */
class PageMarksTest {

  private static final LocalDate MAY_FIRST = LocalDate.of(2027, 5, 1);

  @Test
  void everyHeaderOfEverySectionCarriesTheMarkAndKeepsWhatItHad() throws Exception {
    byte[] original = SectionedDocument.make();
    byte[] before = original.clone();
    PageMark mark = PageMark.superseded("hu", MAY_FIRST, "3.0");

    DocxText marked = new DocxText(PageMarks.stamp(original, mark));

    assertThat(original).as("the document given is not changed").isEqualTo(before);
    List<SectPr> sections = sections(marked.pkg.getMainDocumentPart());
    assertThat(sections).hasSize(2);
    for (int s = 0; s < sections.size(); s++) {
      for (HdrFtrRef type : HdrFtrRef.values()) {
        String header = headerText(marked, sections.get(s), type);
        assertThat(countOf(header, mark.text()))
            .as("section %d, %s header: %s", s + 1, type, header)
            .isEqualTo(1);
      }
    }
    assertThat(headerText(marked, sections.get(0), HdrFtrRef.DEFAULT))
        .contains(SectionedDocument.PART_ONE_HEADER);
    assertThat(headerText(marked, sections.get(1), HdrFtrRef.DEFAULT))
        .as("the second section still shows the first one's running head")
        .contains(SectionedDocument.PART_ONE_HEADER);
    assertThat(headerText(marked, sections.get(1), HdrFtrRef.FIRST))
        .contains(SectionedDocument.PART_TWO_FIRST_HEADER);
  }

  @Test
  void aTemplateThatPrintsTheDraftMarkItselfGetsItOnce() throws Exception {
    String draft = PageMark.draft("sv").text();
    byte[] filled =
        DocxFiller.fill(
            Files.readAllBytes(Path.of("templates", "plan.docx")),
            new DocumentModel(Map.of("draftMark", draft), Map.of(), List.of()));

    DocxText marked = new DocxText(PageMarks.stamp(filled, PageMark.draft("sv")));

    SectPr only = sections(marked.pkg.getMainDocumentPart()).get(0);
    assertThat(countOf(headerText(marked, only, HdrFtrRef.DEFAULT), draft)).isEqualTo(1);
    assertThat(countOf(marked.all(), draft)).isEqualTo(1);
    assertThat(marked.all()).doesNotContain("${");
  }

  @Test
  void marksAreWrittenInThePlansLanguage() {
    assertThat(PageMark.draft("en").text()).isEqualTo("DRAFT – not approved");
    assertThat(PageMark.superseded("en", MAY_FIRST, "3.0").text())
        .isEqualTo("SUPERSEDED by version 3.0 – no longer in force since May 1, 2027");
    assertThat(PageMark.retired("en", MAY_FIRST).text())
        .isEqualTo("RETIRED – no longer in force since May 1, 2027, not replaced by a new version");
    assertThat(PageMark.superseded("hu", MAY_FIRST, "3.0").text())
        .isEqualTo("HATÁLYON KÍVÜL 2027. május 1. óta – helyébe a(z) 3.0 verzió lépett");
    assertThat(PageMark.retired("hu", MAY_FIRST).text())
        .isEqualTo(
            "MEGSZÜNTETVE – 2027. május 1. óta nem hatályos, új verzió nem lépett a helyébe");

    Map<String, List<String>> firstWords =
        Map.of(
            "hu", List.of("TERVEZET", "HATÁLYON", "MEGSZÜNTETVE"),
            "lt", List.of("PROJEKTAS", "PAKEISTA", "PANAIKINTA"),
            "sv", List.of("UTKAST", "ERSATT", "UPPHÄVD"),
            "ru", List.of("ПРОЕКТ", "ЗАМЕНЁН", "ОТМЕНЁН"),
            "uk", List.of("ПРОЄКТ", "ЗАМІНЕНО", "СКАСОВАНО"));
    firstWords.forEach(
        (language, words) -> {
          String day = new DocumentLabels(language).date(MAY_FIRST);
          assertThat(PageMark.draft(language).text()).as(language).startsWith(words.get(0));
          assertThat(PageMark.superseded(language, MAY_FIRST, "3.0").text())
              .as(language)
              .startsWith(words.get(1))
              .contains(day, "3.0");
          assertThat(PageMark.retired(language, MAY_FIRST).text())
              .as(language)
              .startsWith(words.get(2))
              .contains(day);
        });
  }

  static List<SectPr> sections(MainDocumentPart main) {
    List<SectPr> sections = new ArrayList<>();
    for (Object o : main.getJaxbElement().getBody().getContent()) {
      if (XmlUtils.unwrap(o) instanceof P p
          && p.getPPr() != null
          && p.getPPr().getSectPr() != null) {
        sections.add(p.getPPr().getSectPr());
      }
    }
    sections.add(main.getJaxbElement().getBody().getSectPr());
    return sections;
  }

  /** The text of the section's own header of this type ("" when it names none). */
  static String headerText(DocxText doc, SectPr section, HdrFtrRef type) {
    MainDocumentPart main = doc.pkg.getMainDocumentPart();
    return section.getEGHdrFtrReferences().stream()
        .filter(r -> r instanceof HeaderReference h && h.getType() == type)
        .map(r -> (HeaderPart) main.getRelationshipsPart().getPart(r.getId()))
        .map(h -> DocxFiller.text(h.getJaxbElement()))
        .findFirst()
        .orElse("");
  }

  static int countOf(String text, String part) {
    int count = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      count++;
    }
    return count;
  }
}
