package org.plandesk.audit;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.docx4j.model.table.TblFactory;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;

/** The audit trail as CSV (for spreadsheets) and as a DOCX "audit pack" (for the file). */
public final class AuditExports {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
  private static final ObjectFactory WML = new ObjectFactory();
  private static final List<String> HEADER =
      List.of("time", "version", "user id", "user", "action", "detail");

  private AuditExports() {}

  /** RFC 4180 CSV; a cell a spreadsheet would read as a formula is quoted with a leading '. */
  public static String csv(List<AuditEntry> entries) {
    StringBuilder out = new StringBuilder(String.join(",", HEADER)).append("\r\n");
    for (AuditEntry e : entries) {
      out.append(
              String.join(
                  ",",
                  List.of(
                      cell(TIME.format(e.at())),
                      cell(e.version()),
                      cell(e.actorId()),
                      cell(e.actor()),
                      cell(e.action()),
                      cell(e.detail()))))
          .append("\r\n");
    }
    return out.toString();
  }

  private static String cell(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    return "\"" + v.replace("\"", "\"\"") + "\"";
  }

  /** A DOCX with the plan, the filter and every entry of the trail in a table. */
  public static byte[] auditPack(
      String planCode,
      String planTitle,
      String filter,
      List<AuditEntry> entries,
      Instant generatedAt) {
    try {
      WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
      var main = pkg.getMainDocumentPart();
      main.addStyledParagraphOfText("Title", "Audit pack: " + planCode);
      main.getContent().add(paragraph(planTitle));
      main.getContent()
          .add(
              paragraph(
                  "Generated "
                      + TIME.format(generatedAt)
                      + " · "
                      + filter
                      + " · "
                      + entries.size()
                      + " entries"));
      Tbl table = TblFactory.createTable(entries.size() + 1, HEADER.size(), 9000 / HEADER.size());
      fill((Tr) table.getContent().get(0), HEADER);
      for (int i = 0; i < entries.size(); i++) {
        AuditEntry e = entries.get(i);
        fill(
            (Tr) table.getContent().get(i + 1),
            List.of(
                TIME.format(e.at()),
                e.version(),
                nullToEmpty(e.actorId()),
                e.actor(),
                e.action(),
                e.detail()));
      }
      main.getContent().add(table);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pkg.save(out);
      return out.toByteArray();
    } catch (Docx4JException e) {
      throw new IllegalStateException("The audit pack could not be written", e);
    }
  }

  private static void fill(Tr row, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      Tc cell = (Tc) row.getContent().get(i);
      ((P) cell.getContent().get(0)).getContent().add(run(values.get(i)));
    }
  }

  private static P paragraph(String text) {
    P p = WML.createP();
    p.getContent().add(run(text));
    return p;
  }

  private static R run(String text) {
    R r = WML.createR();
    Text t = WML.createText();
    t.setValue(text);
    t.setSpace("preserve");
    r.getContent().add(WML.createRT(t));
    return r;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
