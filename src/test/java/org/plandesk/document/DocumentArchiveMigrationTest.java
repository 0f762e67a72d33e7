package org.plandesk.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plandesk.library.LibraryMigrationSettings;
import org.plandesk.library.LibraryProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The move to one document archive (V11) on a database that already holds documents: every plan
 * document (V2) and grant request document (V6) is in the one table afterwards with its bytes,
 * hashes, PDF, page count, time and author; a plan document takes its plan's language; a grant
 * request's documents keep their order; the old tables and the page count copied into the plan
 * version are gone; and new documents are stored after the copied ones. On the embedded H2 database
 * here, on PostgreSQL in {@link DocumentArchiveMigrationOnPostgresTest}.
 */
class DocumentArchiveMigrationTest {

  static final byte[] DOCX_V1 = {1, 2, 3};
  static final byte[] PDF_V1 = {4, 5};
  static final byte[] DOCX_V3 = {6};
  static final byte[] DOCX_REQUEST = {7, 8};
  static final byte[] PDF_REQUEST = {9};
  static final byte[] DOCX_AWARD = {10};
  static final Instant GENERATED = Instant.parse("2026-10-01T08:30:00Z");

  private JdbcClient jdbc;
  private DataSource dataSource;

  /** A database of its own, empty. */
  DataSource emptyDatabase() {
    return new DriverManagerDataSource(
        "jdbc:h2:mem:migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
  }

  @BeforeEach
  void databaseBeforeTheOneArchive() {
    dataSource = emptyDatabase();
    flyway("10").migrate();
    jdbc = JdbcClient.create(dataSource);
  }

  private Flyway flyway(String target) {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .placeholders(
            LibraryMigrationSettings.placeholders(
                new LibraryProperties("TEST", "Test library", "en")))
        .target(target)
        .load();
  }

  @Test
  void everyStoredDocumentMovesIntoTheOneArchiveAndThePageCountLivesOnlyThere() {
    long hu = plan("MIG-HU", "hu");
    long v1 = version(hu, 1, "1.0", 7);
    long v2 = version(hu, 2, null, null);
    long sv = plan("MIG-SV", "sv");
    long v3 = version(sv, 1, "1.0", null);
    planDocument(v1, "Terv_2026.docx", DOCX_V1, PDF_V1, 7);
    planDocument(v3, "Plan_2026.docx", DOCX_V3, null, null);
    long grant = grantRequest("Olvasósátor");
    long other = grantRequest("Reading tent");
    grantDocument(grant, "REQUEST", "hu", "Grant request 1.docx", DOCX_REQUEST, PDF_REQUEST, 2);
    grantDocument(other, "REQUEST", "en", "Grant request 2.docx", DOCX_AWARD, null, null);
    grantDocument(grant, "AWARD", "hu", "Awarded grant 1.docx", DOCX_AWARD, null, null);

    flyway("latest").migrate();

    DocumentArchive archive = new DocumentArchive(jdbc, java.time.Clock.systemUTC());
    StoredDocument first =
        archive.find(new DocumentSubject("PLAN_VERSION", v1), "APPROVED").orElseThrow();
    assertThat(first.fileName()).isEqualTo("Terv_2026.docx");
    assertThat(first.language()).as("the plan's language").isEqualTo("hu");
    assertThat(first.docx()).isEqualTo(DOCX_V1);
    assertThat(first.docxSha256()).isEqualTo(DocumentArchive.sha256(DOCX_V1));
    assertThat(first.pdf()).isEqualTo(PDF_V1);
    assertThat(first.pdfSha256()).isEqualTo(DocumentArchive.sha256(PDF_V1));
    assertThat(first.pageCount()).isEqualTo(7);
    assertThat(first.generatedAt()).isEqualTo(GENERATED);
    assertThat(first.generatedBy()).isEqualTo("plandesk");
    StoredDocument withoutPdf =
        archive.find(new DocumentSubject("PLAN_VERSION", v3), "APPROVED").orElseThrow();
    assertThat(withoutPdf.language()).isEqualTo("sv");
    assertThat(withoutPdf.hasPdf()).isFalse();
    assertThat(withoutPdf.pageCount()).isNull();
    assertThat(archive.find(new DocumentSubject("PLAN_VERSION", v2), "APPROVED")).isEmpty();
    assertThat(archive.info("PLAN_VERSION", "APPROVED", List.of(v1, v2, v3)))
        .containsOnlyKeys(v1, v3)
        .hasEntrySatisfying(v1, info -> assertThat(info.pageCount()).isEqualTo(7));

    assertThat(archive.all(new DocumentSubject("GRANT_REQUEST", grant)))
        .as("in the order they were stored: the award is the latest")
        .extracting(StoredDocument::edition, StoredDocument::fileName, StoredDocument::pageCount)
        .containsExactly(
            tuple("REQUEST", "Grant request 1.docx", 2),
            tuple("AWARD", "Awarded grant 1.docx", null));
    StoredDocument request =
        archive.find(new DocumentSubject("GRANT_REQUEST", grant), "REQUEST").orElseThrow();
    assertThat(request.docx()).isEqualTo(DOCX_REQUEST);
    assertThat(request.pdf()).isEqualTo(PDF_REQUEST);
    assertThat(request.language()).isEqualTo("hu");
    assertThat(archive.all(new DocumentSubject("GRANT_REQUEST", other)))
        .extracting(StoredDocument::language)
        .containsExactly("en");
    assertThat(count("SELECT COUNT(*) FROM document")).as("nothing lost").isEqualTo(5);

    assertThat(
            count(
                "SELECT COUNT(*) FROM information_schema.tables"
                    + " WHERE LOWER(table_name) IN ('plan_document', 'grant_document')"))
        .as("the old tables are gone")
        .isZero();
    assertThat(
            count(
                "SELECT COUNT(*) FROM information_schema.columns WHERE LOWER(table_name) ="
                    + " 'plan_version' AND LOWER(column_name) = 'page_count'"))
        .as("the page count lives with the document only")
        .isZero();

    StoredDocument next =
        archive.store(
            new DocumentSubject("PLAN_VERSION", v2),
            "APPROVED",
            "hu",
            "Terv_2027.docx",
            DOCX_V3,
            new Rendition(PDF_V1, 3),
            "plandesk");
    assertThat(next.id()).as("stored after the copied ones").isGreaterThan(request.id());
    assertThat(next.pageCount()).isEqualTo(3);
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  private long plan(String code, String language) {
    jdbc.sql(
            "INSERT INTO plan (code, title, code_key, title_key, plan_type, language, created_by,"
                + " created_at) VALUES (?, ?, LOWER(?), LOWER(?), 'COMMUNICATION_PLAN', ?,"
                + " 'coordinator', ?)")
        .params(code, code, code, code, language, Timestamp.from(GENERATED))
        .update();
    return jdbc.sql("SELECT id FROM plan WHERE code = ?").param(code).query(Long.class).single();
  }

  private long version(long planId, int sequence, String number, Integer pageCount) {
    jdbc.sql(
            "INSERT INTO plan_version (plan_id, sequence_no, status, version_number, file_name,"
                + " content, prepared_by, prepared_by_name, page_count, revision, created_at,"
                + " updated_at) VALUES (?, ?, ?, ?, 'Terv', '{}', 'coordinator', 'Márku Mónika', ?,"
                + " 0, ?, ?)")
        .params(
            planId,
            sequence,
            number == null ? "DRAFT" : "IN_FORCE",
            number,
            pageCount,
            Timestamp.from(GENERATED),
            Timestamp.from(GENERATED))
        .update();
    return jdbc.sql("SELECT id FROM plan_version WHERE plan_id = ? AND sequence_no = ?")
        .params(planId, sequence)
        .query(Long.class)
        .single();
  }

  private void planDocument(
      long versionId, String fileName, byte[] docx, byte[] pdf, Integer pageCount) {
    jdbc.sql(
            "INSERT INTO plan_document (version_id, file_name, docx, docx_sha256, pdf, pdf_sha256,"
                + " page_count, generated_at, generated_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'plandesk')")
        .params(
            versionId,
            fileName,
            docx,
            DocumentArchive.sha256(docx),
            pdf,
            pdf == null ? null : DocumentArchive.sha256(pdf),
            pageCount,
            Timestamp.from(GENERATED))
        .update();
  }

  private long grantRequest(String title) {
    jdbc.sql(
            "INSERT INTO grant_request (status, title, funder, amount_requested, currency,"
                + " own_contribution, purpose, expected_results, funder_deadline, responsible,"
                + " prepared_by, created_at, updated_at)"
                + " VALUES ('AWARDED', ?, 'Funder', ?, 'EUR', ?, 'Purpose', 'Results', ?, 'peter',"
                + " 'anna', ?, ?)")
        .params(
            title,
            new BigDecimal("800"),
            BigDecimal.ZERO,
            LocalDate.of(2027, 4, 1),
            Timestamp.from(GENERATED),
            Timestamp.from(GENERATED))
        .update();
    return jdbc.sql("SELECT id FROM grant_request WHERE title = ?")
        .param(title)
        .query(Long.class)
        .single();
  }

  private void grantDocument(
      long grantId,
      String edition,
      String language,
      String fileName,
      byte[] docx,
      byte[] pdf,
      Integer pageCount) {
    jdbc.sql(
            "INSERT INTO grant_document (grant_id, edition, language, file_name, docx, docx_sha256,"
                + " pdf, pdf_sha256, page_count, generated_at, generated_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'plandesk')")
        .params(
            grantId,
            edition,
            language,
            fileName,
            docx,
            DocumentArchive.sha256(docx),
            pdf,
            pdf == null ? null : DocumentArchive.sha256(pdf),
            pageCount,
            Timestamp.from(GENERATED.plus(1, ChronoUnit.MINUTES)))
        .update();
  }
}
