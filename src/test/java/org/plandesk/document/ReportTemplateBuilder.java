package org.plandesk.document;

import static org.plandesk.document.DefaultTemplateBuilder.headerAndFooter;
import static org.plandesk.document.DefaultTemplateBuilder.labelled;
import static org.plandesk.document.DefaultTemplateBuilder.paragraph;
import static org.plandesk.document.DefaultTemplateBuilder.section;
import static org.plandesk.document.DefaultTemplateBuilder.table;

import java.io.File;
import java.util.List;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;

/**
 * Writes the default template of yearly implementation reports, {@code templates/report.docx},
 * once; from then on it is the librarians' document, edited in Word or LibreOffice. Run again only
 * to start from scratch: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.plandesk.document.ReportTemplateBuilder}.
 */
public final class ReportTemplateBuilder {

  public static void main(String[] args) throws Exception {
    File target = new File(args.length > 0 ? args[0] : "templates/report.docx");
    WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
    MainDocumentPart main = pkg.getMainDocumentPart();

    main.addParagraphOfText("${draftMark}");
    main.addStyledParagraphOfText("Title", "${label.report.title} ${year}");
    main.addStyledParagraphOfText("Subtitle", "${planTitle}");
    main.getContent()
        .add(
            labelled(
                new String[][] {
                  {"${label.report.plan}", "${documentCode} – ${planTitle}"},
                  {"${label.report.version}", "${versionNumber}"},
                  {"${label.report.year}", "${year}"},
                  {"${label.report.preparedBy}", "${preparedBy}"}
                }));

    main.addStyledParagraphOfText("Heading1", "${label.report.overview}");
    main.getContent()
        .add(
            labelled(
                new String[][] {
                  {"${label.report.actionsDoneCount}", "${actionsDoneCount}"},
                  {"${label.report.actionsNotDoneCount}", "${actionsNotDoneCount}"},
                  {"${label.report.activitiesCount}", "${activitiesCount}"},
                  {"${label.report.participantsTotal}", "${participantsTotal}"}
                }));

    main.addStyledParagraphOfText("Heading1", "${label.report.actionsDone}");
    section(
        main,
        "actionsDone",
        () ->
            main.getContent()
                .add(
                    table(
                        List.of(
                            "${label.report.number}",
                            "${label.report.actionItem}",
                            "${label.report.responsible}",
                            "${label.report.deadline}",
                            "${label.report.activities}",
                            "${label.report.participants}"),
                        List.of(
                            "${row.number}",
                            "${row.content}",
                            "${row.responsible}",
                            "${row.deadline}",
                            "${row.activities}",
                            "${row.participants}"))));

    main.addStyledParagraphOfText("Heading1", "${label.report.actionsNotDone}");
    section(
        main,
        "actionsNotDone",
        () ->
            main.getContent()
                .add(
                    table(
                        List.of(
                            "${label.report.number}",
                            "${label.report.actionItem}",
                            "${label.report.responsible}",
                            "${label.report.deadline}",
                            "${label.report.status}"),
                        List.of(
                            "${row.number}",
                            "${row.content}",
                            "${row.responsible}",
                            "${row.deadline}",
                            "${row.status}"))));

    main.addStyledParagraphOfText("Heading1", "${label.report.activities}");
    section(
        main,
        "activities",
        () ->
            main.getContent()
                .add(
                    table(
                        List.of(
                            "${label.report.heldOn}",
                            "${label.report.actionItem}",
                            "${label.report.place}",
                            "${label.report.participants}",
                            "${label.report.goal}",
                            "${label.report.result}",
                            "${label.report.responsible}"),
                        List.of(
                            "${row.heldOn}",
                            "${row.action}",
                            "${row.place}",
                            "${row.participants}",
                            "${row.goal}",
                            "${row.result}",
                            "${row.responsible}"))));
    section(main, "noActivities", () -> main.addParagraphOfText("${label.report.none}"));

    main.addStyledParagraphOfText("Heading1", "${label.report.indicators}");
    section(
        main,
        "indicators",
        () ->
            main.getContent()
                .add(
                    table(
                        List.of(
                            "${label.report.number}",
                            "${label.report.indicator}",
                            "${label.report.unit}",
                            "${label.report.baseline}",
                            "${label.report.target}",
                            "${label.report.actual}",
                            "${label.report.reached}"),
                        List.of(
                            "${row.number}",
                            "${row.name}",
                            "${row.unit}",
                            "${row.baseline}",
                            "${row.target}",
                            "${row.actual}",
                            "${row.reached}"))));
    section(
        main,
        "charts",
        () -> {
          main.addStyledParagraphOfText("Heading2", "${label.report.charts}");
          main.addParagraphOfText("${chart}");
        });

    main.addStyledParagraphOfText("Heading1", "${label.report.grants}");
    section(
        main,
        "grants",
        () ->
            main.getContent()
                .add(
                    table(
                        List.of(
                            "${label.report.grantTitle}",
                            "${label.report.funder}",
                            "${label.report.programme}",
                            "${label.report.actionItem}",
                            "${label.report.amountAwarded}",
                            "${label.report.awardedOn}"),
                        List.of(
                            "${row.title}",
                            "${row.funder}",
                            "${row.programme}",
                            "${row.actionItem}",
                            "${row.amountAwarded}",
                            "${row.awardedOn}"))));
    section(main, "noGrants", () -> main.addParagraphOfText("${label.report.none}"));

    section(
        main,
        "signOff",
        () -> {
          main.addStyledParagraphOfText("Heading1", "${label.report.signOff}");
          main.getContent()
              .add(
                  labelled(
                      new String[][] {
                        {"${label.report.signedOffBy}", "${signedOffBy}"},
                        {"${label.report.signedOffOn}", "${signedOffOn}"},
                        {"${label.signature}", "${signature}"}
                      }));
        });

    headerAndFooter(
        main,
        paragraph("${label.report.title} ${year} · ${draftMark}", false),
        "${documentCode} · ${label.report.title} ${year} · ");

    pkg.save(target);
    System.getLogger("template").log(System.Logger.Level.INFO, "Wrote " + target.getAbsolutePath());
  }
}
