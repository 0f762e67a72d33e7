package org.plandesk.document;

import java.io.ByteArrayOutputStream;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.HeaderReference;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.SectPr;

/**
 * A DOCX laid out as a librarian might lay out a template: different odd and even pages, and two
 * sections of several pages each. The first has a header for its odd pages only and a title page of
 * its own without a header; the second has its own first-page header and takes its other pages'
 * headers from the first section. Without marks, its first page and its even pages have no header
 * at all.
 */
final class SectionedDocument {

  static final String PART_ONE_HEADER = "Part one running head";
  static final String PART_TWO_FIRST_HEADER = "Part two opening head";

  private static final ObjectFactory WML = new ObjectFactory();
  private static final String FILLER =
      "Reading room hours, the children's library and the county network are described here at"
          + " length, so that every section fills several pages of the printed plan. ";

  private SectionedDocument() {}

  static byte[] make() throws Exception {
    WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
    MainDocumentPart main = pkg.getMainDocumentPart();
    main.getDocumentSettingsPart(true)
        .getJaxbElement()
        .setEvenAndOddHeaders(new BooleanDefaultTrue());
    SectPr last = main.getJaxbElement().getBody().getSectPr();

    SectPr first = XmlUtils.deepCopy(last);
    first.getEGHdrFtrReferences().clear();
    first.setTitlePg(new BooleanDefaultTrue());
    first.getEGHdrFtrReferences().add(header(pkg, PART_ONE_HEADER, HdrFtrRef.DEFAULT));
    paragraphs(main, "Part one", 40);
    P sectionEnd = WML.createP();
    sectionEnd.setPPr(WML.createPPr());
    sectionEnd.getPPr().setSectPr(first);
    main.getContent().add(sectionEnd);

    paragraphs(main, "Part two", 40);
    last.getEGHdrFtrReferences().clear();
    last.setTitlePg(new BooleanDefaultTrue());
    last.getEGHdrFtrReferences().add(header(pkg, PART_TWO_FIRST_HEADER, HdrFtrRef.FIRST));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pkg.save(out);
    return out.toByteArray();
  }

  private static void paragraphs(MainDocumentPart main, String part, int count) {
    for (int i = 1; i <= count; i++) {
      main.addParagraphOfText(part + ", paragraph " + i + ". " + FILLER.repeat(2));
    }
  }

  private static HeaderReference header(WordprocessingMLPackage pkg, String text, HdrFtrRef type)
      throws Exception {
    HeaderPart part = new HeaderPart();
    part.setPackage(pkg);
    part.setJaxbElement(WML.createHdr());
    part.getContent().add(pkg.getMainDocumentPart().createParagraphOfText(text));
    var relationship =
        pkg.getMainDocumentPart()
            .addTargetPart(
                part,
                org.docx4j.openpackaging.parts.relationships.RelationshipsPart.AddPartBehaviour
                    .RENAME_IF_NAME_EXISTS);
    HeaderReference reference = WML.createHeaderReference();
    reference.setId(relationship.getId());
    reference.setType(type);
    return reference;
  }
}
