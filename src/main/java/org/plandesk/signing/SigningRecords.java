package org.plandesk.signing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Signature manifests, refused signatures and signing locks (V17 migration). */
@Repository
class SigningRecords {

  private final JdbcClient jdbc;

  SigningRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(SignatureManifest m) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO signature_manifest (subject_kind, subject_id, task_id, signer_id,"
                + " signer_name, signer_role, meaning, signed_at, signed_content, content_sha256,"
                + " manifest_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            m.subject().kind(),
            m.subject().id(),
            m.taskId(),
            m.signerId(),
            m.signerName(),
            m.signerRole(),
            m.meaning().name(),
            Timestamp.from(m.signedAt()),
            m.signedContent(),
            m.contentSha256(),
            m.manifestSha256())
        .update(key, "id");
    return key.getKey().longValue();
  }

  /** The manifests of these subjects of one kind, oldest first. */
  List<SignatureManifest> manifests(String kind, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT * FROM signature_manifest WHERE subject_kind = :kind AND subject_id IN (:ids)"
                + " ORDER BY signed_at, id")
        .param("kind", kind)
        .param("ids", ids)
        .query(SigningRecords::manifest)
        .list();
  }

  Optional<SignatureManifest> manifest(long id) {
    return jdbc.sql("SELECT * FROM signature_manifest WHERE id = ?")
        .param(id)
        .query(SigningRecords::manifest)
        .optional();
  }

  void insertFailure(
      String userId,
      SignedSubject subject,
      String taskId,
      SigningFailure.Outcome outcome,
      Instant at) {
    jdbc.sql(
            "INSERT INTO signing_failure (user_id, subject_kind, subject_id, task_id, outcome,"
                + " failed_at) VALUES (?, ?, ?, ?, ?, ?)")
        .params(
            userId,
            subject == null ? null : subject.kind(),
            subject == null ? null : subject.id(),
            taskId,
            outcome.name(),
            Timestamp.from(at))
        .update();
  }

  /** Wrong passwords of a user after a moment. */
  int wrongPasswordsSince(String userId, Instant since) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM signing_failure WHERE user_id = ? AND outcome = ? AND failed_at"
                + " > ?")
        .params(userId, SigningFailure.Outcome.WRONG_PASSWORD.name(), Timestamp.from(since))
        .query(Integer.class)
        .single();
  }

  /** The refused signatures on these subjects of one kind, oldest first. */
  List<SigningFailure> failures(String kind, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT * FROM signing_failure WHERE subject_kind = :kind AND subject_id IN (:ids)"
                + " ORDER BY failed_at, id")
        .param("kind", kind)
        .param("ids", ids)
        .query(
            (rs, n) ->
                new SigningFailure(
                    rs.getString("user_id"),
                    new SignedSubject(rs.getString("subject_kind"), rs.getLong("subject_id")),
                    rs.getString("task_id"),
                    SigningFailure.Outcome.valueOf(rs.getString("outcome")),
                    rs.getTimestamp("failed_at").toInstant()))
        .list();
  }

  void lock(String userId, Instant at, Instant until) {
    jdbc.sql("INSERT INTO signing_lock (user_id, locked_at, locked_until) VALUES (?, ?, ?)")
        .params(userId, Timestamp.from(at), Timestamp.from(until))
        .update();
  }

  /** The end of the user's latest lock, if any. */
  Optional<Instant> latestLockEnd(String userId) {
    return latest("SELECT MAX(locked_until) FROM signing_lock WHERE user_id = ?", userId);
  }

  /** When the user last signed, if ever. */
  Optional<Instant> latestSignature(String userId) {
    return latest("SELECT MAX(signed_at) FROM signature_manifest WHERE signer_id = ?", userId);
  }

  private Optional<Instant> latest(String sql, String userId) {
    return jdbc.sql(sql).param(userId).query((rs, n) -> rs.getTimestamp(1)).list().stream()
        .filter(java.util.Objects::nonNull)
        .map(Timestamp::toInstant)
        .findFirst();
  }

  private static SignatureManifest manifest(ResultSet rs, int n) throws SQLException {
    return new SignatureManifest(
        rs.getLong("id"),
        new SignedSubject(rs.getString("subject_kind"), rs.getLong("subject_id")),
        rs.getString("task_id"),
        rs.getString("signer_id"),
        rs.getString("signer_name"),
        rs.getString("signer_role"),
        SignatureMeaning.valueOf(rs.getString("meaning")),
        rs.getTimestamp("signed_at").toInstant(),
        rs.getString("signed_content"),
        rs.getString("content_sha256"),
        rs.getString("manifest_sha256"));
  }
}
