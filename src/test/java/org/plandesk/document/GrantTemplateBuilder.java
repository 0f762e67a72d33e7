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
 * Writes the default grant request template, {@code templates/grant.docx}, once; from then on it is
 * the librarians' document, edited in Word or LibreOffice. Run again only to start from scratch:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.plandesk.document.GrantTemplateBuilder}.
 */
public final class GrantTemplateBuilder {

  public static void main(String[] args) throws Exception {
    File target = new File(args.length > 0 ? args[0] : "templates/grant.docx");
    WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
    MainDocumentPart main = pkg.getMainDocumentPart();

    main.addStyledParagraphOfText("Title", "${grantTitle}");
    main.addParagraphOfText("${label.grant.requestNumber}: ${requestNumber} · ${edition}");

    main.addStyledParagraphOfText("Heading1", "${label.grant.request}");
    main.getContent()
        .add(
            labelled(
                new String[][] {
                  {"${label.grant.title}", "${grantTitle}"},
                  {"${label.grant.funder}", "${funder}"},
                  {"${label.grant.programme}", "${programme}"},
                  {"${label.grant.amountRequested}", "${amountRequested}"},
                  {"${label.grant.ownContribution}", "${ownContribution}"},
                  {"${label.grant.funderDeadline}", "${funderDeadline}"},
                  {"${label.grant.plan}", "${plan}"},
                  {"${label.grant.actionItem}", "${actionItem}"},
                  {"${label.grant.responsible}", "${responsible}"},
                  {"${label.grant.preparedBy}", "${preparedBy}"}
                }));
    main.addStyledParagraphOfText("Heading1", "${label.grant.purpose}");
    main.addParagraphOfText("${purpose}");
    main.addStyledParagraphOfText("Heading1", "${label.grant.expectedResults}");
    main.addParagraphOfText("${expectedResults}");

    main.addStyledParagraphOfText("Heading1", "${label.grant.decision}");
    main.getContent()
        .add(
            labelled(
                new String[][] {
                  {"${label.grant.decision}", "${decision}"},
                  {"${label.grant.decidedBy}", "${decidedBy}"},
                  {"${label.grant.decisionDate}", "${decisionDate}"},
                  {"${label.signature}", "${signature}"},
                  {"${label.grant.directorComment}", "${directorComment}"}
                }));

    section(
        main,
        "award",
        () -> {
          main.addStyledParagraphOfText("Heading1", "${label.grant.award}");
          main.getContent()
              .add(
                  labelled(
                      new String[][] {
                        {"${label.grant.submittedOn}", "${submittedOn}"},
                        {"${label.grant.amountAwarded}", "${amountAwarded}"},
                        {"${label.grant.conditions}", "${awardConditions}"},
                        {"${label.grant.funderComment}", "${funderComment}"}
                      }));
          main.addStyledParagraphOfText("Heading2", "${label.grant.reportingObligations}");
          main.getContent()
              .add(
                  table(
                      List.of("${label.grant.dueDate}", "${label.grant.obligation}"),
                      List.of("${row.dueDate}", "${row.description}")));
        });

    headerAndFooter(
        main,
        paragraph("${label.grant.activity}", false),
        "${label.grant.requestNumber} ${requestNumber} · ${grantTitle} · ");

    pkg.save(target);
    System.getLogger("template").log(System.Logger.Level.INFO, "Wrote " + target.getAbsolutePath());
  }
}
