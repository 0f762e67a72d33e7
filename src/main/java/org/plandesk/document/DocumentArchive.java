package org.plandesk.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one store of generated documents, for every kind of subject (table {@code document}, V11
 * migration): at most one document per subject and edition; once stored its DOCX never changes. A
 * missing PDF rendition and page count can be added later, never replaced.
 */
@Repository
public class DocumentArchive {

  private static final String COLUMNS =
      "subject_kind, subject_id, edition, language, file_name, docx, docx_sha256, pdf, pdf_sha256,"
          + " page_count, generated_at, generated_by";

  private final JdbcClient jdbc;
  private final Clock clock;

  DocumentArchive(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The document of this subject and edition, if it is stored. */
  public Optional<StoredDocument> find(DocumentSubject subject, String edition) {
    return jdbc.sql(
            "SELECT * FROM document WHERE subject_kind = ? AND subject_id = ? AND edition = ?")
        .params(subject.kind(), subject.id(), edition)
        .query(DocumentArchive::document)
        .optional();
  }

  /** A subject's documents in the order they were stored. */
  public List<StoredDocument> all(DocumentSubject subject) {
    return jdbc.sql("SELECT * FROM document WHERE subject_kind = ? AND subject_id = ? ORDER BY id")
        .params(subject.kind(), subject.id())
        .query(DocumentArchive::document)
        .list();
  }

  /**
   * What is stored of one edition for each of these subjects of a kind, by subject id, in one query
   * and without the files themselves (subjects without that document are left out).
   */
  public Map<Long, DocumentInfo> info(String kind, String edition, Collection<Long> subjectIds) {
    Map<Long, DocumentInfo> bySubject = new HashMap<>();
    if (subjectIds.isEmpty()) {
      return bySubject;
    }
    jdbc.sql(
            "SELECT subject_id, file_name, docx_sha256, pdf IS NOT NULL AS has_pdf, page_count,"
                + " generated_at FROM document"
                + " WHERE subject_kind = :kind AND edition = :edition AND subject_id IN (:ids)")
        .param("kind", kind)
        .param("edition", edition)
        .param("ids", subjectIds)
        .query(
            rs -> {
              long id = rs.getLong("subject_id");
              bySubject.put(
                  id,
                  new DocumentInfo(
                      new DocumentSubject(kind, id),
                      edition,
                      rs.getString("file_name"),
                      rs.getString("docx_sha256"),
                      rs.getBoolean("has_pdf"),
                      (Integer) rs.getObject("page_count"),
                      rs.getTimestamp("generated_at").toInstant()));
            });
    return bySubject;
  }

  /**
   * Stores a document with its rendition (null without LibreOffice), unless that subject's edition
   * is stored already (then returns it).
   */
  StoredDocument store(
      DocumentSubject subject,
      String edition,
      String language,
      String fileName,
      byte[] docx,
      Rendition rendition,
      String by) {
    Optional<StoredDocument> existing = find(subject, edition);
    if (existing.isPresent()) {
      return existing.get();
    }
    jdbc.sql("INSERT INTO document (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            subject.kind(),
            subject.id(),
            edition,
            language,
            fileName,
            docx,
            sha256(docx),
            rendition == null ? null : rendition.pdf(),
            rendition == null ? null : sha256(rendition.pdf()),
            rendition == null ? null : rendition.pageCount(),
            Timestamp.from(clock.instant()),
            by)
        .update();
    return find(subject, edition).orElseThrow();
  }

  /**
   * Adds the PDF and page count to a document stored without them; never replaces existing ones.
   */
  boolean addRendition(long documentId, Rendition rendition) {
    return jdbc.sql(
                "UPDATE document SET pdf = ?, pdf_sha256 = ?, page_count = ?"
                    + " WHERE id = ? AND pdf IS NULL")
            .params(rendition.pdf(), sha256(rendition.pdf()), rendition.pageCount(), documentId)
            .update()
        == 1;
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static StoredDocument document(ResultSet rs, int row) throws SQLException {
    return new StoredDocument(
        rs.getLong("id"),
        new DocumentSubject(rs.getString("subject_kind"), rs.getLong("subject_id")),
        rs.getString("edition"),
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
