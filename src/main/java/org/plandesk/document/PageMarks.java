package org.plandesk.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.DocumentSettingsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.relationships.RelationshipsPart.AddPartBehaviour;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.Body;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTRel;
import org.docx4j.wml.Color;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.HeaderReference;
import org.docx4j.wml.HpsMeasure;
import org.docx4j.wml.Jc;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Text;

/**
 * Stamps a {@link PageMark} at the top of every page of a DOCX: into every header every section
 * uses (its default, first-page and even-page headers, shared ones once). A section that showed the
 * previous section's header refers to it explicitly; where a page would have no header at all (a
 * first page or even page without one) a new header holds the mark alone. A header that shows the
 * mark already (the template's {@code ${draftMark}}) is left as it is. Works on a copy: the bytes
 * given are never changed, so an archived document and its hash stay as they were.
 */
final class PageMarks {

  private static final ObjectFactory WML = new ObjectFactory();

  /** Dark red, bold, 12 pt: seen at a glance on screen and in print. */
  private static final String COLOUR = "C00000";

  private static final BigInteger HALF_POINTS = BigInteger.valueOf(24);

  private PageMarks() {}

  /** A copy of the document with the mark on every page. */
  static byte[] stamp(byte[] docx, PageMark mark) {
    try {
      WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
      MainDocumentPart main = pkg.getMainDocumentPart();
      boolean evenPages = evenAndOddHeaders(main);
      Set<HeaderPart> marked = Collections.newSetFromMap(new IdentityHashMap<>());
      // A section without a header of a type shows the previous section's (the first: none).
      // Each section is given its header explicitly, so no reader has to work out which one.
      Map<HdrFtrRef, String> previous = new EnumMap<>(HdrFtrRef.class);
      for (SectPr section : sections(main)) {
        for (HdrFtrRef type : HdrFtrRef.values()) {
          String id = headerId(main, section, type);
          if (id == null && previous.containsKey(type)) {
            id = previous.get(type);
            section.getEGHdrFtrReferences().add(reference(id, type));
          } else if (id == null && used(type, section, evenPages)) {
            id = newHeader(pkg, section, type);
          }
          if (id == null) {
            continue;
          }
          previous.put(type, id);
          HeaderPart header = (HeaderPart) main.getRelationshipsPart().getPart(id);
          if (marked.add(header)) {
            mark(header, mark);
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pkg.save(out);
      return out.toByteArray();
    } catch (Docx4JException e) {
      throw new TemplateException("The document cannot be marked: " + e.getMessage(), e);
    }
  }

  /** The sections' properties in document order: those ending a section inside, then the body's. */
  private static List<SectPr> sections(MainDocumentPart main) {
    Body body = main.getJaxbElement().getBody();
    List<SectPr> sections = new ArrayList<>();
    for (Object o : body.getContent()) {
      if (XmlUtils.unwrap(o) instanceof P p
          && p.getPPr() != null
          && p.getPPr().getSectPr() != null) {
        sections.add(p.getPPr().getSectPr());
      }
    }
    if (body.getSectPr() == null) {
      body.setSectPr(WML.createSectPr());
    }
    sections.add(body.getSectPr());
    return sections;
  }

  /** The relationship id of the section's own header of this type, if it has one. */
  private static String headerId(MainDocumentPart main, SectPr section, HdrFtrRef type) {
    for (CTRel reference : section.getEGHdrFtrReferences()) {
      if (reference instanceof HeaderReference h
          && h.getType() == type
          && main.getRelationshipsPart().getPart(h.getId()) instanceof HeaderPart) {
        return h.getId();
      }
    }
    return null;
  }

  /**
   * Whether pages of this type exist: a first page of its own only with "different first page",
   * even pages of their own only with "different odd and even pages" (a header nobody sees is not
   * made).
   */
  private static boolean used(HdrFtrRef type, SectPr section, boolean evenPages) {
    return switch (type) {
      case DEFAULT -> true;
      case FIRST -> isOn(section.getTitlePg());
      case EVEN -> evenPages;
    };
  }

  private static boolean evenAndOddHeaders(MainDocumentPart main) {
    DocumentSettingsPart settings = main.getDocumentSettingsPart();
    return settings != null
        && settings.getJaxbElement() != null
        && isOn(settings.getJaxbElement().getEvenAndOddHeaders());
  }

  private static boolean isOn(BooleanDefaultTrue flag) {
    return flag != null && flag.isVal();
  }

  /** A new header holding nothing but the mark to come; its relationship id. */
  private static String newHeader(WordprocessingMLPackage pkg, SectPr section, HdrFtrRef type)
      throws Docx4JException {
    HeaderPart header = new HeaderPart();
    header.setPackage(pkg);
    header.setJaxbElement(WML.createHdr());
    Relationship relationship =
        pkg.getMainDocumentPart().addTargetPart(header, AddPartBehaviour.RENAME_IF_NAME_EXISTS);
    section.getEGHdrFtrReferences().add(reference(relationship.getId(), type));
    return relationship.getId();
  }

  private static HeaderReference reference(String id, HdrFtrRef type) {
    HeaderReference reference = WML.createHeaderReference();
    reference.setId(id);
    reference.setType(type);
    return reference;
  }

  private static void mark(HeaderPart header, PageMark mark) {
    List<Object> content = header.getContent();
    if (DocxFiller.text(header.getJaxbElement()).contains(mark.text())) {
      return;
    }
    content.add(0, paragraph(mark.text()));
  }

  private static P paragraph(String text) {
    RPr format = WML.createRPr();
    format.setB(new BooleanDefaultTrue());
    Color colour = WML.createColor();
    colour.setVal(COLOUR);
    format.setColor(colour);
    HpsMeasure size = WML.createHpsMeasure();
    size.setVal(HALF_POINTS);
    format.setSz(size);
    format.setSzCs(size);
    Text t = WML.createText();
    t.setValue(text);
    t.setSpace("preserve");
    R run = WML.createR();
    run.setRPr(format);
    run.getContent().add(WML.createRT(t));
    PPr layout = WML.createPPr();
    Jc centre = WML.createJc();
    centre.setVal(JcEnumeration.CENTER);
    layout.setJc(centre);
    P paragraph = WML.createP();
    paragraph.setPPr(layout);
    paragraph.getContent().add(run);
    return paragraph;
  }
}
