package org.plandesk.audit;

import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.util.List;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.Color;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.Text;
import org.docx4j.wml.U;
import org.docx4j.wml.UnderlineEnumeration;
import org.plandesk.document.DocumentLabels;

/**
 * The comparison of two versions as a DOCX to file or send, in the plan's language: a heading per
 * section, each change with its kind and its words marked as a redline reads on paper (inserted
 * words underlined in green, deleted words struck through in red, so the marks read without colour
 * too), sections without changes said to be unchanged. Marked runs rather than Word's tracked
 * changes: the document is a record of a comparison, not an edit anyone should accept.
 */
public final class RedlineDocument {

  /** The colours of the marks, the same as the page's. */
  static final String INSERTED_COLOUR = "0B5D1E";

  static final String DELETED_COLOUR = "8A1C1C";

  private static final ObjectFactory WML = new ObjectFactory();

  private RedlineDocument() {}

  /**
   * The plan and the two versions compared.
   *
   * @param fromName the older version's name (its number, or its draft's name)
   * @param toName the newer version's name
   */
  public record Subject(String planCode, String planTitle, String fromName, String toName) {}

  /** The DOCX of a comparison, its fixed words from the plan language's document labels. */
  public static byte[] write(
      Subject subject, List<VersionComparison.Section> sections, DocumentLabels labels) {
    try {
      WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
      MainDocumentPart main = pkg.getMainDocumentPart();
      main.addStyledParagraphOfText(
          "Title", labels.get("redline.title") + ": " + subject.planCode());
      main.getContent().add(paragraph(plain(subject.planTitle())));
      main.getContent()
          .add(
              paragraph(
                  plain(
                      MessageFormat.format(
                          labels.get("redline.fromTo"), subject.fromName(), subject.toName()))));
      main.getContent().add(paragraph(plain(labels.get("redline.legend"))));
      for (VersionComparison.Section section : sections) {
        main.addStyledParagraphOfText("Heading2", labels.get(section.name()));
        if (!section.isChanged()) {
          main.getContent().add(paragraph(plain(labels.get("redline.unchanged"))));
          continue;
        }
        for (VersionComparison.Change change : section.changes()) {
          P kind = paragraph(bold(labels.get("redline.change." + change.kind())));
          main.getContent().add(kind);
          P text = WML.createP();
          for (Redline.Segment segment : change.redline()) {
            addRuns(text, segment);
          }
          main.getContent().add(text);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pkg.save(out);
      return out.toByteArray();
    } catch (Docx4JException e) {
      throw new IllegalStateException("The comparison could not be written as a DOCX", e);
    }
  }

  /** A segment's runs: one per line, a line break between them, all with the segment's mark. */
  private static void addRuns(P paragraph, Redline.Segment segment) {
    String[] lines = segment.text().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        R br = WML.createR();
        br.getContent().add(WML.createBr());
        paragraph.getContent().add(br);
      }
      if (!lines[i].isEmpty()) {
        paragraph.getContent().add(marked(lines[i], segment.mark()));
      }
    }
  }

  private static R marked(String text, Redline.Mark mark) {
    R run = plain(text);
    if (mark == Redline.Mark.SAME) {
      return run;
    }
    RPr pr = WML.createRPr();
    Color colour = WML.createColor();
    if (mark == Redline.Mark.INSERTED) {
      U underline = WML.createU();
      underline.setVal(UnderlineEnumeration.SINGLE);
      pr.setU(underline);
      colour.setVal(INSERTED_COLOUR);
    } else {
      pr.setStrike(new BooleanDefaultTrue());
      colour.setVal(DELETED_COLOUR);
    }
    pr.setColor(colour);
    run.setRPr(pr);
    return run;
  }

  private static R bold(String text) {
    R run = plain(text);
    RPr pr = WML.createRPr();
    pr.setB(new BooleanDefaultTrue());
    run.setRPr(pr);
    return run;
  }

  private static R plain(String text) {
    R run = WML.createR();
    Text t = WML.createText();
    t.setValue(text);
    t.setSpace("preserve");
    run.getContent().add(WML.createRT(t));
    return run;
  }

  private static P paragraph(R run) {
    P p = WML.createP();
    p.getContent().add(run);
    return p;
  }
}
