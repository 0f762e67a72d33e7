package org.plandesk.document;

import jakarta.xml.bind.JAXBElement;
import org.docx4j.XmlUtils;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;

/**
 * Copies of example rows and paragraphs for repetition. The containers (row, cell, paragraph, run)
 * and their texts are new objects; formatting properties, which filling never changes, are shared.
 * A JAXB deep copy per row costs about as much as the rest of the rendering together; anything
 * unusual inside falls back to it.
 */
final class WmlCopies {

  private static final ObjectFactory WML = new ObjectFactory();

  private WmlCopies() {}

  static Tr row(Tr example) {
    Tr copy = WML.createTr();
    copy.setTrPr(example.getTrPr());
    copy.setTblPrEx(example.getTblPrEx());
    for (Object o : example.getContent()) {
      Object element = XmlUtils.unwrap(o);
      if (element instanceof Tc cell && o == element) {
        copy.getContent().add(cell(cell));
      } else if (element instanceof Tc cell) {
        copy.getContent().add(WML.createTrTc(cell(cell)));
      } else {
        copy.getContent().add(XmlUtils.deepCopy(o));
      }
    }
    return copy;
  }

  private static Tc cell(Tc example) {
    Tc copy = WML.createTc();
    copy.setTcPr(example.getTcPr());
    for (Object o : example.getContent()) {
      copy.getContent().add(o instanceof P p ? paragraph(p) : XmlUtils.deepCopy(o));
    }
    return copy;
  }

  static P paragraph(P example) {
    P copy = WML.createP();
    copy.setPPr(example.getPPr());
    copy.setRsidR(example.getRsidR());
    copy.setRsidRDefault(example.getRsidRDefault());
    for (Object o : example.getContent()) {
      copy.getContent().add(o instanceof R r ? run(r) : XmlUtils.deepCopy(o));
    }
    return copy;
  }

  private static R run(R example) {
    R copy = WML.createR();
    copy.setRPr(example.getRPr());
    for (Object o : example.getContent()) {
      if (o instanceof JAXBElement<?> e
          && e.getValue() instanceof Text t
          && e.getName().getLocalPart().equals("t")) {
        Text text = WML.createText();
        text.setValue(t.getValue());
        text.setSpace(t.getSpace());
        copy.getContent().add(WML.createRT(text));
      } else {
        copy.getContent().add(o instanceof JAXBElement<?> ? o : XmlUtils.deepCopy(o));
      }
    }
    return copy;
  }
}
