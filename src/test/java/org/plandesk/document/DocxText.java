package org.plandesk.document;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.JaxbXmlPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.wml.Br;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.P;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;

/** A generated DOCX read back with docx4j, as a reader sees its text. */
final class DocxText {

  final WordprocessingMLPackage pkg;

  DocxText(byte[] docx) throws Exception {
    this.pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
  }

  /** Every paragraph of the body, header and footer, line breaks as "\n". */
  List<String> paragraphs() throws Exception {
    List<String> all = new ArrayList<>();
    DocxFiller.find(pkg.getMainDocumentPart().getContent(), P.class).forEach(p -> all.add(text(p)));
    for (var part : pkg.getParts().getParts().values()) {
      if (part instanceof HeaderPart || part instanceof FooterPart) {
        DocxFiller.find(
                ((ContentAccessor) ((JaxbXmlPart<?>) part).getContents()).getContent(), P.class)
            .forEach(p -> all.add(text(p)));
      }
    }
    return all;
  }

  String all() throws Exception {
    return String.join("\n", paragraphs());
  }

  List<Tbl> tables() {
    return DocxFiller.find(pkg.getMainDocumentPart().getContent(), Tbl.class);
  }

  /** Every table whose first row starts with the given header cell, in their order. */
  List<List<List<String>>> tablesHeaded(String firstHeader) {
    return tables().stream()
        .map(DocxText::rows)
        .filter(rows -> !rows.isEmpty() && rows.get(0).get(0).equals(firstHeader))
        .toList();
  }

  /** The table whose first row starts with the given header cell. */
  List<List<String>> table(String firstHeader) {
    for (Tbl table : tables()) {
      List<List<String>> rows = rows(table);
      if (!rows.isEmpty() && rows.get(0).get(0).equals(firstHeader)) {
        return rows;
      }
    }
    throw new AssertionError("No table headed " + firstHeader);
  }

  private static List<List<String>> rows(Tbl table) {
    List<List<String>> rows = new ArrayList<>();
    for (Object r : table.getContent()) {
      if (XmlUtils.unwrap(r) instanceof Tr tr) {
        List<String> cells = new ArrayList<>();
        for (Object c : tr.getContent()) {
          if (XmlUtils.unwrap(c) instanceof Tc tc) {
            cells.add(
                String.join(
                    "\n",
                    DocxFiller.find(tc.getContent(), P.class).stream()
                        .map(DocxText::text)
                        .toList()));
          }
        }
        rows.add(cells);
      }
    }
    return rows;
  }

  static String text(P p) {
    StringBuilder sb = new StringBuilder();
    collect(p, sb);
    return sb.toString();
  }

  private static void collect(Object o, StringBuilder sb) {
    if (o instanceof jakarta.xml.bind.JAXBElement<?> j
        && j.getName().getLocalPart().equals("instrText")) {
      return;
    }
    Object e = XmlUtils.unwrap(o);
    if (e instanceof Text t) {
      sb.append(t.getValue());
    } else if (e instanceof Br) {
      sb.append('\n');
    } else if (e instanceof ContentAccessor a) {
      a.getContent().forEach(c -> collect(c, sb));
    }
  }
}
