package org.plandesk.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The store of approved documents. A version has at most one; once stored its DOCX never changes. A
 * missing PDF rendition and page count can be added later, never replaced.
 */
@Repository
public class DocumentArchive {

  static final String FILE_COLUMNS =
      "docx, docx_sha256, pdf, pdf_sha256, page_count, generated_at, generated_by";

  private final JdbcClient jdbc;
  private final Clock clock;

  DocumentArchive(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public Optional<StoredDocument> approved(long versionId) {
    return jdbc.sql("SELECT * FROM plan_document WHERE version_id = ?")
        .param(versionId)
        .query(DocumentArchive::document)
        .optional();
  }

  /** What is stored for a version, without the files themselves (for pages and lists). */
  public Optional<DocumentInfo> info(long versionId) {
    return Optional.ofNullable(info(List.of(versionId)).get(versionId));
  }

  /**
   * What is stored for each of these versions, in one query (versions without a document are left
   * out).
   */
  public Map<Long, DocumentInfo> info(Collection<Long> versionIds) {
    Map<Long, DocumentInfo> byVersion = new HashMap<>();
    if (versionIds.isEmpty()) {
      return byVersion;
    }
    jdbc.sql(
            "SELECT version_id, file_name, docx_sha256, pdf IS NOT NULL AS has_pdf, page_count, generated_at"
                + " FROM plan_document WHERE version_id IN (:ids)")
        .param("ids", versionIds)
        .query(
            rs -> {
              long versionId = rs.getLong("version_id");
              byVersion.put(
                  versionId,
                  new DocumentInfo(
                      versionId,
                      rs.getString("file_name"),
                      rs.getString("docx_sha256"),
                      rs.getBoolean("has_pdf"),
                      (Integer) rs.getObject("page_count"),
                      rs.getTimestamp("generated_at").toInstant()));
            });
    return byVersion;
  }

  /** Stores the approved document of a version, unless one is stored already (then returns it). */
  StoredDocument store(
      long versionId, String fileName, byte[] docx, Rendition rendition, String by) {
    Optional<StoredDocument> existing = approved(versionId);
    if (existing.isPresent()) {
      return existing.get();
    }
    List<Object> values = new ArrayList<>(List.of(versionId, fileName));
    values.addAll(fileColumns(docx, rendition, by, clock.instant()));
    jdbc.sql(
            "INSERT INTO plan_document (version_id, file_name, "
                + FILE_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(values)
        .update();
    return approved(versionId).orElseThrow();
  }

  /**
   * The values of {@link #FILE_COLUMNS}, the columns every table of stored documents has: the DOCX
   * and its hash, the PDF rendition with its hash and page count (null without LibreOffice), when
   * and by whom.
   */
  static List<Object> fileColumns(byte[] docx, Rendition rendition, String by, Instant at) {
    return Arrays.asList(
        docx,
        sha256(docx),
        rendition == null ? null : rendition.pdf(),
        rendition == null ? null : sha256(rendition.pdf()),
        rendition == null ? null : rendition.pageCount(),
        Timestamp.from(at),
        by);
  }

  /**
   * Adds the PDF and page count to a document stored without them; never replaces existing ones.
   */
  boolean addRendition(long documentId, Rendition rendition) {
    return jdbc.sql(
                "UPDATE plan_document SET pdf = ?, pdf_sha256 = ?, page_count = ?"
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
        rs.getLong("version_id"),
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
