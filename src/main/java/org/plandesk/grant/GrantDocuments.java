package org.plandesk.grant;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plandesk.document.DocumentArchive;
import org.plandesk.document.DocumentLabels;
import org.plandesk.document.DocumentModel;
import org.plandesk.document.DocumentProperties;
import org.plandesk.document.DocumentService;
import org.plandesk.document.DocumentSubject;
import org.plandesk.document.StaffNames;
import org.plandesk.document.StoredDocument;
import org.plandesk.plan.Plan;
import org.plandesk.plan.PlanLanguage;
import org.plandesk.plan.PlanRuleViolation;
import org.plandesk.signing.SignatureLine;
import org.plandesk.signing.Signatures;
import org.plandesk.signing.SignedSubject;
import org.plandesk.system.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents of grant requests, by the same mechanism as plan documents: filled from {@code
 * grant.docx} in the language of the plan the request serves (else {@code
 * plandesk.documents.default-language}), kept in the document archive once per edition with its
 * SHA-256 and, where LibreOffice runs, a PDF and its page count.
 */
@Service
public class GrantDocuments {

  /** The kind of subject of grant requests' documents in the archive. */
  public static final String KIND = "GRANT_REQUEST";

  /** Characters a file name may not carry on common systems. */
  private static final String UNSAFE_IN_FILE_NAMES = "[\\\\/:*?\"<>|\\p{Cntrl}]";

  private static final int MAX_TITLE_IN_FILE_NAME = 150;

  private final GrantService grants;
  private final DocumentArchive archive;
  private final DocumentService documents;
  private final StaffNames names;
  private final DocumentProperties properties;
  private final Signatures signatures;

  GrantDocuments(
      GrantService grants,
      DocumentArchive archive,
      DocumentService documents,
      StaffNames names,
      DocumentProperties properties,
      Signatures signatures) {
    this.signatures = signatures;
    this.grants = grants;
    this.archive = archive;
    this.documents = documents;
    this.names = names;
    this.properties = properties;
  }

  /**
   * Generates and stores one edition of a request's document. Idempotent: an edition that is stored
   * keeps its DOCX (only a missing PDF and page count are added), so a retry never makes a second
   * document.
   */
  @Transactional
  public StoredDocument generate(long grantId, GrantDocumentEdition edition, String by) {
    Optional<StoredDocument> existing = archive.find(subject(grantId), edition.name());
    if (existing.isPresent()) {
      return documents.completeRendition(existing.get());
    }
    GrantOverview overview = grants.overview(grantId);
    GrantRequest request = overview.request();
    if (!edition.isDueIn(request.status())) {
      throw new PlanRuleViolation(
          "grant.document.notDue",
          String.valueOf(grantId),
          Text.of("living.grantStatus." + request.status()),
          Text.of("living.grantDocument." + edition));
    }
    Plan served = grants.servedPlan(request).orElse(null);
    String language =
        served == null
            ? PlanLanguage.of(properties.defaultLanguage()).name()
            : served.language().name();
    DocumentModel model =
        GrantDocumentModels.of(request, overview.obligations(), edition, served, language, names);
    // The director's signed approval, on the documents of an approved request.
    Map<String, String> values = new HashMap<>(model.values());
    signatures
        .approvalOf(new SignedSubject(SignedSubject.GRANT_REQUEST, grantId))
        .ifPresent(m -> values.put("signature", SignatureLine.of(m, language)));
    byte[] docx =
        documents.fill(
            "grant", language, new DocumentModel(values, model.sections(), model.modifications()));
    StoredDocument stored =
        documents.store(
            subject(grantId),
            edition.name(),
            language,
            fileName(request, edition, language),
            docx,
            by);
    grants.recordDocument(
        grantId, edition + " " + stored.fileName() + ", sha256 " + stored.docxSha256());
    return stored;
  }

  /**
   * Makes what a request's status calls for and is missing: the documents of the steps it has
   * passed, and the PDFs of documents stored without LibreOffice. Stored DOCX files stay as they
   * are.
   */
  @Transactional
  public List<StoredDocument> regenerate(long grantId, String by) {
    GrantRequest request = grants.request(grantId);
    List<GrantDocumentEdition> due =
        List.of(GrantDocumentEdition.values()).stream()
            .filter(edition -> edition.isDueIn(request.status()))
            .toList();
    if (due.isEmpty()) {
      throw new PlanRuleViolation(
          "grant.document.notYet",
          String.valueOf(grantId),
          Text.of("living.grantStatus." + request.status()));
    }
    return due.stream().map(edition -> generate(grantId, edition, by)).toList();
  }

  /** A stored document of a request: the given edition, or the latest when none is given. */
  @Transactional(readOnly = true)
  public StoredDocument document(long grantId, GrantDocumentEdition edition) {
    grants.request(grantId);
    Optional<StoredDocument> found =
        edition == null
            ? archive.all(subject(grantId)).stream().reduce((first, second) -> second)
            : archive.find(subject(grantId), edition.name());
    return found.orElseThrow(
        () ->
            edition == null
                ? new GrantNotFound("grant.document.none", String.valueOf(grantId))
                : new GrantNotFound(
                    "grant.document.noneOf",
                    String.valueOf(grantId),
                    Text.of("living.grantDocument." + edition)));
  }

  private static DocumentSubject subject(long grantId) {
    return new DocumentSubject(KIND, grantId);
  }

  private static String fileName(
      GrantRequest request, GrantDocumentEdition edition, String language) {
    String title = request.title().replaceAll(UNSAFE_IN_FILE_NAMES, "_").strip();
    if (title.length() > MAX_TITLE_IN_FILE_NAME) {
      title = title.substring(0, MAX_TITLE_IN_FILE_NAME).strip();
    }
    return new DocumentLabels(language).get("grant.file." + edition.name())
        + " "
        + request.id()
        + " – "
        + title
        + ".docx";
  }
}
