package org.plandesk.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The store of grant request documents (V6 migration): at most one per request and edition; once
 * stored its DOCX never changes. A missing PDF rendition and page count can be added later, never
 * replaced.
 */
@Repository
class GrantDocumentArchive {

  private final JdbcClient jdbc;
  private final Clock clock;

  GrantDocumentArchive(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Optional<StoredGrantDocument> find(long grantId, GrantDocumentEdition edition) {
    return jdbc.sql("SELECT * FROM grant_document WHERE grant_id = ? AND edition = ?")
        .params(grantId, edition.name())
        .query(GrantDocumentArchive::document)
        .optional();
  }

  /** A request's documents in the order they were made. */
  List<StoredGrantDocument> all(long grantId) {
    return jdbc.sql("SELECT * FROM grant_document WHERE grant_id = ? ORDER BY id")
        .param(grantId)
        .query(GrantDocumentArchive::document)
        .list();
  }

  /** Stores a document of a request, unless that edition is stored already (then returns it). */
  StoredGrantDocument store(
      long grantId,
      GrantDocumentEdition edition,
      String language,
      String fileName,
      byte[] docx,
      Rendition rendition,
      String by) {
    Optional<StoredGrantDocument> existing = find(grantId, edition);
    if (existing.isPresent()) {
      return existing.get();
    }
    List<Object> values = new ArrayList<>(List.of(grantId, edition.name(), language, fileName));
    values.addAll(DocumentArchive.fileColumns(docx, rendition, by, clock.instant()));
    jdbc.sql(
            "INSERT INTO grant_document (grant_id, edition, language, file_name, "
                + DocumentArchive.FILE_COLUMNS
                + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(values)
        .update();
    return find(grantId, edition).orElseThrow();
  }

  /**
   * Adds the PDF and page count to a document stored without them; never replaces existing ones.
   */
  boolean addRendition(long documentId, Rendition rendition) {
    return jdbc.sql(
                "UPDATE grant_document SET pdf = ?, pdf_sha256 = ?, page_count = ? WHERE id = ? AND pdf IS NULL")
            .params(
                rendition.pdf(),
                DocumentArchive.sha256(rendition.pdf()),
                rendition.pageCount(),
                documentId)
            .update()
        == 1;
  }

  private static StoredGrantDocument document(ResultSet rs, int row) throws SQLException {
    return new StoredGrantDocument(
        rs.getLong("id"),
        rs.getLong("grant_id"),
        GrantDocumentEdition.valueOf(rs.getString("edition")),
        rs.getString("language"),
        rs.getString("file_name"),
        rs.getBytes("docx"),
        rs.getString("docx_sha256"),
        rs.getBytes("pdf"),
        rs.getString("pdf_sha256"),
        (Integer) rs.getObject("page_count"),
        rs.getTimestamp("generated_at").toInstant(),
        rs.getString("generated_by"));
  }
}
