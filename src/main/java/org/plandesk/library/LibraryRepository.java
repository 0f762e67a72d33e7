package org.plandesk.library;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code library} table ({@code V20__libraries.sql}). */
@Repository
class LibraryRepository {

  private static final String COLUMNS = "code, name, language, parent_code";

  private final JdbcClient jdbc;

  LibraryRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Library> all() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM library ORDER BY code")
        .query(LibraryRepository::library)
        .list();
  }

  Optional<Library> find(String code) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM library WHERE code = ?")
        .param(code)
        .query(LibraryRepository::library)
        .optional();
  }

  void insert(Library library, Instant at) {
    jdbc.sql(
            "INSERT INTO library (code, name, language, parent_code, created_at)"
                + " VALUES (?, ?, ?, ?, ?)")
        .params(
            library.code(),
            library.name(),
            library.language(),
            library.parentCode(),
            Timestamp.from(at))
        .update();
  }

  /** The own library's name and language, as the configuration now says them. */
  void rename(String code, String name, String language) {
    jdbc.sql("UPDATE library SET name = ?, language = ? WHERE code = ?")
        .params(name, language, code)
        .update();
  }

  private static Library library(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Library(
        rs.getString("code"),
        rs.getString("name"),
        rs.getString("language"),
        rs.getString("parent_code"));
  }
}
