package org.plandesk.grant.web;

import java.util.List;
import org.plandesk.document.DocumentSubjects;
import org.plandesk.document.StoredDocument;
import org.plandesk.grant.GrantDocumentEdition;
import org.plandesk.grant.GrantDocuments;
import org.springframework.stereotype.Component;

/**
 * Documents of grant requests through the download API ({@code /api/grants/{id}/...}, the same
 * access as the rest of the grant API): {@code document.docx} and {@code .pdf} give the latest
 * document, or the one named by {@code ?edition=REQUEST|AWARD}; an administrator regenerates
 * missing documents and PDFs.
 */
@Component
class GrantDocumentSubjects implements DocumentSubjects {

  private final GrantDocuments documents;

  GrantDocumentSubjects(GrantDocuments documents) {
    this.documents = documents;
  }

  @Override
  public String collection() {
    return "grants";
  }

  @Override
  public boolean hasEditions() {
    return true;
  }

  @Override
  public StoredDocument document(long id, String edition) {
    return documents.document(id, edition(edition));
  }

  @Override
  public List<StoredDocument> regenerate(long id, String user) {
    return documents.regenerate(id, user);
  }

  private static GrantDocumentEdition edition(String text) {
    return text == null || text.isBlank()
        ? null
        : GrantApiController.choice(GrantDocumentEdition.class, text, "field.edition");
  }
}
