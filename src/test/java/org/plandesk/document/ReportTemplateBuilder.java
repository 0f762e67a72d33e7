package org.plandesk.document;

import static org.plandesk.document.DefaultTemplateBuilder.headerAndFooter;
import static org.plandesk.document.DefaultTemplateBuilder.labelled;
import static org.plandesk.document.DefaultTemplateBuilder.paragraph;
import static org.plandesk.document.DefaultTemplateBuilder.section;
import static org.plandesk.document.DefaultTemplateBuilder.table;

import java.io.File;
import java.util.Arrays;
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

    tableSection(
        main,
        "actionsDone",
        column("number"),
        column("actionItem", "content"),
        column("responsible"),
        column("deadline"),
        column("activities"),
        column("participants"));
    tableSection(
        main,
        "actionsNotDone",
        column("number"),
        column("actionItem", "content"),
        column("responsible"),
        column("deadline"),
        column("status"));
    tableSection(
        main,
        "activities",
        column("heldOn"),
        column("actionItem", "action"),
        column("place"),
        column("participants"),
        column("goal"),
        column("result"),
        column("responsible"));
    section(main, "noActivities", () -> main.addParagraphOfText("${label.report.none}"));
    tableSection(
        main,
        "indicators",
        column("number"),
        column("indicator", "name"),
        column("unit"),
        column("baseline"),
        column("target"),
        column("actual"),
        column("reached"));
    section(
        main,
        "charts",
        () -> {
          main.addStyledParagraphOfText("Heading2", "${label.report.charts}");
          main.addParagraphOfText("${chart}");
        });
    tableSection(
        main,
        "grants",
        column("grantTitle", "title"),
        column("funder"),
        column("programme"),
        column("actionItem"),
        column("amountAwarded"),
        column("awardedOn"));
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

  /** A table's column: its header's label ({@code ${label.report.<label>}}) and its row's field. */
  private record Column(String label, String field) {}

  private static Column column(String labelAndField) {
    return new Column(labelAndField, labelAndField);
  }

  private static Column column(String label, String field) {
    return new Column(label, field);
  }

  /**
   * A heading ({@code ${label.report.<name>}}), then the section of that name: a table of a header
   * row of labels and the example row ({@code ${row.<field>}}) the report repeats per entry.
   */
  private static void tableSection(MainDocumentPart main, String name, Column... columns) {
    main.addStyledParagraphOfText("Heading1", "${label.report." + name + "}");
    section(
        main,
        name,
        () ->
            main.getContent()
                .add(
                    table(
                        Arrays.stream(columns)
                            .map(c -> "${label.report." + c.label() + "}")
                            .toList(),
                        Arrays.stream(columns).map(c -> "${row." + c.field() + "}").toList())));
  }
}
