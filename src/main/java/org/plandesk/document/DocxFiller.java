package org.plandesk.document;

import jakarta.xml.bind.JAXBElement;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docx4j.XmlUtils;
import org.docx4j.dml.wordprocessingDrawing.Inline;
import org.docx4j.finders.ClassFinder;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.JaxbXmlPart;
import org.docx4j.openpackaging.parts.WordprocessingML.BinaryPartAbstractImage;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.wml.Br;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.Drawing;
import org.docx4j.wml.FldChar;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.ProofErr;
import org.docx4j.wml.R;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills a DOCX template that librarians edit in Word or LibreOffice: plain {@code ${key}}
 * placeholders, sections kept only when they have content, example paragraphs and table rows that
 * are repeated. Values are set as text nodes (so {@code & < " '} and every script come out as
 * typed; line breaks become breaks), and placeholders split over several runs by an editor are
 * found all the same. A filled document never contains {@code ${} of the template (a user's own
 * text is printed as typed, even one with {@code ${}).
 */
final class DocxFiller {

  private static final Logger log = LoggerFactory.getLogger(DocxFiller.class);
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");
  private static final ObjectFactory WML = new ObjectFactory();
  private static final String PICTURE = "chart";
  private static final AtomicInteger PICTURE_IDS = new AtomicInteger(1000);

  private DocxFiller() {}

  static byte[] fill(byte[] template, DocumentModel model) {
    try {
      WordprocessingMLPackage pkg =
          WordprocessingMLPackage.load(new ByteArrayInputStream(template));
      List<Object> body = pkg.getMainDocumentPart().getContent();
      // Paragraphs filled while repeating are done: user text in them may itself contain "${".
      Set<P> done = Collections.newSetFromMap(new IdentityHashMap<>());
      expandSections(pkg, body, model, done);
      for (Tbl table : find(body, Tbl.class)) {
        expandRows(table, "mod.", model.modifications(), model, done);
      }
      Function<String, String> values = key -> valueOf(model, key);
      for (P p : find(body, P.class)) {
        if (!done.contains(p)) {
          replace(p, values);
        }
      }
      for (var part : pkg.getParts().getParts().values()) {
        if (part instanceof HeaderPart || part instanceof FooterPart) {
          for (P p :
              find(
                  ((ContentAccessor) ((JaxbXmlPart<?>) part).getContents()).getContent(),
                  P.class)) {
            replace(p, values);
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pkg.save(out);
      return out.toByteArray();
    } catch (Docx4JException e) {
      throw new TemplateException(
          "The document template cannot be read or written: " + e.getMessage(), e);
    }
  }

  private static String valueOf(DocumentModel model, String key) {
    String value = model.values().get(key);
    if (value == null) {
      log.warn("The template names ${{{}}}, which PlanDesk does not know: printed empty", key);
      return "";
    }
    return value;
  }

  private static void expandSections(
      WordprocessingMLPackage pkg, List<Object> body, DocumentModel model, Set<P> done)
      throws Docx4JException {
    int i = 0;
    while (i < body.size()) {
      String name = marker(body.get(i), "section:");
      if (name == null) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < body.size() && !name.equals(marker(body.get(end), "end:"))) {
        end++;
      }
      if (end == body.size()) {
        throw new TemplateException(
            "The template opens ${section:" + name + "} but never ${end:" + name + "}");
      }
      DocumentModel.Section section =
          model.sections().getOrDefault(name, DocumentModel.Section.ABSENT);
      List<Object> inner = new ArrayList<>(body.subList(i + 1, end));
      body.subList(i, end + 1).clear();
      if (section.present()) {
        List<Object> expanded = expandSection(pkg, inner, section, model, done);
        body.addAll(i, expanded);
        i += expanded.size();
      }
    }
  }

  private static List<Object> expandSection(
      WordprocessingMLPackage pkg,
      List<Object> inner,
      DocumentModel.Section section,
      DocumentModel model,
      Set<P> done)
      throws Docx4JException {
    List<Object> out = new ArrayList<>();
    for (Object o : inner) {
      Object element = XmlUtils.unwrap(o);
      if (element instanceof P p && text(p).contains("${" + PICTURE + "}")) {
        for (DocumentModel.Picture picture : section.pictures()) {
          P copy = WmlCopies.paragraph(p);
          replace(copy, key -> key.equals(PICTURE) ? "" : valueOf(model, key));
          copy.getContent().add(picture(pkg, picture));
          done.add(copy);
          out.add(copy);
        }
      } else if (element instanceof P p && text(p).contains("${item}")) {
        for (String item : section.items()) {
          P copy = WmlCopies.paragraph(p);
          replace(copy, key -> key.equals("item") ? item : valueOf(model, key));
          done.add(copy);
          out.add(copy);
        }
      } else {
        for (Tbl table : find(List.of(o), Tbl.class)) {
          expandRows(table, "row.", section.rows(), model, done);
        }
        out.add(o);
      }
    }
    return out;
  }

  /**
   * A run holding the picture inline, as wide as the page's text at most, its description as the
   * drawing's text alternative.
   */
  private static R picture(WordprocessingMLPackage pkg, DocumentModel.Picture picture)
      throws Docx4JException {
    int id = PICTURE_IDS.incrementAndGet();
    Inline inline;
    try {
      BinaryPartAbstractImage part = BinaryPartAbstractImage.createImagePart(pkg, picture.png());
      inline = part.createImageInline("chart.png", picture.description(), id, id + 1, false);
    } catch (Exception e) {
      throw new Docx4JException("The picture cannot be placed: " + e.getMessage(), e);
    }
    inline.getDocPr().setDescr(picture.description());
    Drawing drawing = WML.createDrawing();
    drawing.getAnchorOrInline().add(inline);
    R run = WML.createR();
    run.getContent().add(drawing);
    return run;
  }

  /** Repeats each table row that names {@code ${prefix...}} once per row of values. */
  private static void expandRows(
      Tbl table, String prefix, List<Map<String, String>> rows, DocumentModel model, Set<P> done) {
    List<Object> content = table.getContent();
    for (int i = 0; i < content.size(); i++) {
      if (!(XmlUtils.unwrap(content.get(i)) instanceof Tr example)
          || !text(example).contains("${" + prefix)) {
        continue;
      }
      content.remove(i);
      for (Map<String, String> row : rows) {
        Tr copy = WmlCopies.row(example);
        for (P p : find(copy.getContent(), P.class)) {
          replace(
              p,
              key ->
                  key.startsWith(prefix)
                      ? row.getOrDefault(key.substring(prefix.length()), "")
                      : valueOf(model, key));
          done.add(p);
        }
        content.add(i++, copy);
      }
      i--;
    }
  }

  /** The section name when the element is a marker paragraph such as {@code ${section:goals}}. */
  private static String marker(Object o, String kind) {
    if (!(XmlUtils.unwrap(o) instanceof P p)) {
      return null;
    }
    String text = text(p).strip();
    String start = "${" + kind;
    return text.startsWith(start) && text.endsWith("}")
        ? text.substring(start.length(), text.length() - 1)
        : null;
  }

  /**
   * Replaces placeholders in each group of neighbouring runs of a paragraph. A group's text goes
   * into its first run (keeping that run's formatting); fields and hyperlinks end a group, so they
   * stay where they are.
   */
  private static void replace(P paragraph, Function<String, String> lookup) {
    List<R> group = new ArrayList<>();
    for (Object o : paragraph.getContent()) {
      Object element = XmlUtils.unwrap(o);
      if (element instanceof R run && !isFieldCode(run)) {
        group.add(run);
      } else if (!(element instanceof ProofErr) && !isBookmark(o)) {
        replaceInRuns(group, lookup);
        group = new ArrayList<>();
      }
    }
    replaceInRuns(group, lookup);
  }

  /**
   * A run of a complex field's code (begin, instruction, separator, end): never merged or moved.
   */
  private static boolean isFieldCode(R run) {
    return run.getContent().stream()
        .anyMatch(c -> XmlUtils.unwrap(c) instanceof FldChar || isInstruction(c));
  }

  private static boolean isInstruction(Object o) {
    return o instanceof JAXBElement<?> e && e.getName().getLocalPart().equals("instrText");
  }

  private static boolean isBookmark(Object o) {
    return o instanceof JAXBElement<?> e && e.getName().getLocalPart().startsWith("bookmark");
  }

  private static void replaceInRuns(List<R> runs, Function<String, String> lookup) {
    StringBuilder all = new StringBuilder();
    runs.forEach(r -> all.append(text(r)));
    if (all.indexOf("${") < 0) {
      return;
    }
    Matcher m = PLACEHOLDER.matcher(all);
    StringBuilder replaced = new StringBuilder();
    boolean changed = false;
    while (m.find()) {
      String value = lookup.apply(m.group(1));
      m.appendReplacement(replaced, Matcher.quoteReplacement(value == null ? m.group() : value));
      changed |= value != null;
    }
    m.appendTail(replaced);
    if (!changed) {
      return;
    }
    R first = runs.stream().filter(r -> !text(r).isEmpty()).findFirst().orElse(runs.get(0));
    for (R run : runs) {
      run.getContent()
          .removeIf(
              c ->
                  (XmlUtils.unwrap(c) instanceof Text && !isInstruction(c))
                      || XmlUtils.unwrap(c) instanceof Br);
    }
    String[] lines = replaced.toString().split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        first.getContent().add(WML.createBr());
      }
      Text t = WML.createText();
      t.setValue(lines[i]);
      t.setSpace("preserve");
      first.getContent().add(WML.createRT(t));
    }
  }

  static String text(Object element) {
    StringBuilder sb = new StringBuilder();
    collectText(element, sb);
    return sb.toString();
  }

  private static void collectText(Object o, StringBuilder sb) {
    if (isInstruction(o)) {
      return;
    }
    Object element = XmlUtils.unwrap(o);
    if (element instanceof Text t) {
      sb.append(t.getValue());
    } else if (element instanceof ContentAccessor accessor) {
      accessor.getContent().forEach(c -> collectText(c, sb));
    }
  }

  static <T> List<T> find(List<?> content, Class<T> type) {
    ClassFinder finder = new ClassFinder(type);
    new org.docx4j.TraversalUtil(content, finder);
    @SuppressWarnings("unchecked")
    List<T> found = (List<T>) (List<?>) finder.results;
    return found;
  }
}
