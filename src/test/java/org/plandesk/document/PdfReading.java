package org.plandesk.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * A PDF as a reader and an archive see it: the text of each page (PDFBox), the PDF/A conformance it
 * claims in its XMP metadata, and what veraPDF, the reference validator of PDF/A, finds wrong with
 * it as PDF/A-2b. For tests outside this package too.
 */
public final class PdfReading {

  private static final Pattern PART = Pattern.compile("pdfaid:part(?:=\"|>)(\\d)");
  private static final Pattern CONFORMANCE =
      Pattern.compile("pdfaid:conformance(?:=\"|>)([A-Za-z])");

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private PdfReading() {}

  /** The text of each page, white space (line breaks included) as single spaces. */
  public static List<String> pageTexts(byte[] pdf) throws IOException {
    List<String> pages = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        pages.add(stripper.getText(document).replaceAll("\\s+", " ").strip());
      }
    }
    return pages;
  }

  /**
   * The PDF/A part and conformance the document's XMP metadata claims, e.g. {@code 2B}; empty when
   * it claims none.
   */
  public static String claimedPdfA(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDMetadata metadata = document.getDocumentCatalog().getMetadata();
      if (metadata == null) {
        return "";
      }
      String xmp;
      try (var in = metadata.exportXMPMetadata()) {
        xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      Matcher part = PART.matcher(xmp);
      Matcher conformance = CONFORMANCE.matcher(xmp);
      return (part.find() ? part.group(1) : "")
          + (conformance.find() ? conformance.group(1).toUpperCase() : "");
    }
  }

  /** The rules of PDF/A-2b the document breaks, as veraPDF names them; empty when it conforms. */
  public static List<String> pdfA2bFailures(byte[] pdf) throws Exception {
    try (PDFAParser parser =
            Foundries.defaultInstance()
                .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
        PDFAValidator validator =
            Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
      ValidationResult result = validator.validate(parser);
      List<String> failures =
          result.getTestAssertions().stream()
              .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
              .map(
                  a ->
                      a.getRuleId().getClause()
                          + "-"
                          + a.getRuleId().getTestNumber()
                          + ": "
                          + a.getMessage())
              .distinct()
              .toList();
      if (!result.isCompliant() && failures.isEmpty()) {
        return List.of("not compliant: " + result.getJobEndStatus());
      }
      return failures;
    }
  }
}
