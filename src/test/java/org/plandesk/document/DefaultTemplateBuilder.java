package org.plandesk.document;

import java.io.File;
import java.util.List;
import org.docx4j.model.table.TblFactory;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTSimpleField;
import org.docx4j.wml.FooterReference;
import org.docx4j.wml.Ftr;
import org.docx4j.wml.Hdr;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.HeaderReference;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;

/**
 * Writes the default plan template, {@code templates/plan.docx}, once. From then on the template is
 * the librarians' document: they edit it in Word or LibreOffice. Run again only to start from
 * scratch: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.plandesk.document.DefaultTemplateBuilder}.
 */
public final class DefaultTemplateBuilder {

  private static final ObjectFactory WML = new ObjectFactory();

  public static void main(String[] args) throws Exception {
    File target = new File(args.length > 0 ? args[0] : "templates/plan.docx");
    WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
    MainDocumentPart main = pkg.getMainDocumentPart();

    main.addStyledParagraphOfText("Title", "${planTitle}");
    main.addParagraphOfText(
        "${label.documentCode}: ${documentCode} · ${label.versionNumber}: ${versionNumber}");
    main.addParagraphOfText(
        "${label.approvedBy}: ${approvedBy} · ${label.effectiveDate}: ${effectiveDate}");

    main.addStyledParagraphOfText("Heading1", "${label.controlSheet}");
    main.getContent()
        .add(
            labelled(
                new String[][] {
                  {"${label.documentCode}", "${documentCode}"},
                  {"${label.versionNumber}", "${versionNumber}"},
                  {"${label.fileName}", "${fileName}"},
                  {"${label.pageCount}", null},
                  {"${label.preparedBy}", "${preparedBy}"},
                  {"${label.approvedBy}", "${approvedBy}"},
                  {"${label.approvalDate}", "${approvalDate}"},
                  {"${label.effectiveDate}", "${effectiveDate}"},
                  {"${label.signature}", "${signature}"}
                }));

    main.addStyledParagraphOfText("Heading1", "${label.modificationList}");
    main.getContent()
        .add(
            table(
                List.of(
                    "${label.version}",
                    "${label.fileName}",
                    "${label.pageCount}",
                    "${label.modifiedBy}",
                    "${label.approvedBy}",
                    "${label.approvalDate}",
                    "${label.effectiveDate}"),
                List.of(
                    "${mod.version}",
                    "${mod.fileName}",
                    "${mod.pages}",
                    "${mod.modifiedBy}",
                    "${mod.approvedBy}",
                    "${mod.approvalDate}",
                    "${mod.effectiveDate}")));

    section(
        main,
        "startingPoint",
        () -> {
          main.addStyledParagraphOfText("Heading1", "${label.startingPoint}");
          main.addParagraphOfText("${startingPoint}");
        });
    section(
        main,
        "strategicGoals",
        () -> {
          main.addStyledParagraphOfText("Heading1", "${label.strategicGoals}");
          main.addParagraphOfText("• ${item}");
        });
    section(
        main,
        "communicationGoals",
        () -> {
          main.addStyledParagraphOfText("Heading2", "${label.communicationGoals}");
          main.addParagraphOfText("• ${item}");
        });
    section(
        main,
        "primaryGroups",
        () -> {
          main.addStyledParagraphOfText("Heading1", "${label.targetGroups}");
          main.addStyledParagraphOfText("Heading2", "${label.primaryGroups}");
          main.getContent()
              .add(
                  table(
                      List.of("${label.targetGroup}", "${label.message}", "${label.channels}"),
                      List.of("${row.name}", "${row.message}", "${row.channels}")));
        });
    section(
        main,
        "secondaryGroups",
        () -> {
          main.addStyledParagraphOfText("Heading2", "${label.secondaryGroups}");
          main.getContent()
              .add(
                  table(
                      List.of("${label.targetGroup}", "${label.message}", "${label.channels}"),
                      List.of("${row.name}", "${row.message}", "${row.channels}")));
        });
    section(
        main,
        "targetGroupRanking",
        () -> {
          main.addStyledParagraphOfText("Heading2", "${label.ranking.title}");
          main.addParagraphOfText("${label.ranking.caption}");
          main.getContent()
              .add(
                  table(
                      List.of(
                          "${label.ranking.rank}",
                          "${label.targetGroup}",
                          "${label.ranking.votes}"),
                      List.of("${row.rank}", "${row.group}", "${row.votes}")));
        });
    section(
        main,
        "actionItems",
        () -> {
          main.addStyledParagraphOfText("Heading1", "${label.actionItems}");
          main.getContent()
              .add(
                  table(
                      List.of(
                          "${label.content}",
                          "${label.place}",
                          "${label.expectedResult}",
                          "${label.responsible}",
                          "${label.deadline}"),
                      List.of(
                          "${row.content}",
                          "${row.place}",
                          "${row.expectedResult}",
                          "${row.responsible}",
                          "${row.deadline}")));
        });
    section(
        main,
        "monitoringInstruments",
        () -> {
          main.addStyledParagraphOfText("Heading1", "${label.monitoringInstruments}");
          main.getContent()
              .add(
                  table(
                      List.of(
                          "${label.instrument}", "${label.periodicity}", "${label.responsible}"),
                      List.of("${row.name}", "${row.periodicity}", "${row.responsible}")));
        });
    section(
        main,
        "indicators",
        () -> {
          main.addStyledParagraphOfText("Heading1", "${label.indicators}");
          main.getContent()
              .add(
                  table(
                      List.of(
                          "${label.indicator}",
                          "${label.unit}",
                          "${label.baseline}",
                          "${label.target}"),
                      List.of("${row.name}", "${row.unit}", "${row.baseline}", "${row.target}")));
        });
    section(
        main,
        "changeSummary",
        () -> {
          main.addStyledParagraphOfText("Heading1", "${label.changeSummary}");
          main.addParagraphOfText("${changeSummary}");
        });

    headerAndFooter(
        main,
        paragraph("${draftMark}", true),
        "${documentCode} · ${versionNumber} · ${fileName} · ");

    pkg.save(target);
    System.getLogger("template").log(System.Logger.Level.INFO, "Wrote " + target.getAbsolutePath());
  }

  /** A header with the given paragraph and a footer of the given text, then "page / pages". */
  static void headerAndFooter(MainDocumentPart main, P headerParagraph, String footerText)
      throws Exception {
    SectPr sectPr = WML.createSectPr();
    main.getJaxbElement().getBody().setSectPr(sectPr);
    HeaderPart header = new HeaderPart();
    Relationship headerRel = main.addTargetPart(header);
    Hdr hdr = WML.createHdr();
    hdr.getContent().add(headerParagraph);
    header.setJaxbElement(hdr);
    HeaderReference hr = WML.createHeaderReference();
    hr.setId(headerRel.getId());
    hr.setType(HdrFtrRef.DEFAULT);
    sectPr.getEGHdrFtrReferences().add(hr);

    FooterPart footer = new FooterPart();
    Relationship footerRel = main.addTargetPart(footer);
    Ftr ftr = WML.createFtr();
    P foot = paragraph(footerText, false);
    field(foot, " PAGE ");
    foot.getContent().add(run(" / ", false));
    field(foot, " NUMPAGES ");
    ftr.getContent().add(foot);
    footer.setJaxbElement(ftr);
    FooterReference fr = WML.createFooterReference();
    fr.setId(footerRel.getId());
    fr.setType(HdrFtrRef.DEFAULT);
    sectPr.getEGHdrFtrReferences().add(fr);
  }

  /** A two-column table of labels (bold) and values; a null value is the live page count. */
  static Tbl labelled(String[][] rows) {
    Tbl table = TblFactory.createTable(rows.length, 2, 4500);
    for (int i = 0; i < rows.length; i++) {
      Tr row = (Tr) table.getContent().get(i);
      cell(row, 0, rows[i][0], true);
      if (rows[i][1] != null) {
        cell(row, 1, rows[i][1], false);
      } else {
        numPages(paragraphOf(row, 1));
      }
    }
    return table;
  }

  static void section(MainDocumentPart main, String name, Runnable content) {
    main.addParagraphOfText("${section:" + name + "}");
    content.run();
    main.addParagraphOfText("${end:" + name + "}");
  }

  static Tbl table(List<String> header, List<String> example) {
    Tbl table = TblFactory.createTable(2, header.size(), 9000 / header.size());
    for (int i = 0; i < header.size(); i++) {
      cell((Tr) table.getContent().get(0), i, header.get(i), true);
      cell((Tr) table.getContent().get(1), i, example.get(i), false);
    }
    return table;
  }

  private static P paragraphOf(Tr row, int column) {
    Tc cell = (Tc) row.getContent().get(column);
    return (P) cell.getContent().get(0);
  }

  private static void cell(Tr row, int column, String text, boolean bold) {
    paragraphOf(row, column).getContent().add(run(text, bold));
  }

  static P paragraph(String text, boolean bold) {
    P p = WML.createP();
    p.getContent().add(run(text, bold));
    return p;
  }

  private static R run(String text, boolean bold) {
    R r = WML.createR();
    if (bold) {
      RPr rPr = WML.createRPr();
      rPr.setB(new BooleanDefaultTrue());
      r.setRPr(rPr);
    }
    Text t = WML.createText();
    t.setValue(text);
    t.setSpace("preserve");
    r.getContent().add(WML.createRT(t));
    return r;
  }

  private static void numPages(P p) {
    field(p, " NUMPAGES ");
  }

  private static void field(P p, String instruction) {
    CTSimpleField field = WML.createCTSimpleField();
    field.setInstr(instruction);
    field.getContent().add(run("1", false));
    p.getContent().add(WML.createPFldSimple(field));
  }
}
