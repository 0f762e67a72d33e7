package org.plandesk.plan;

/**
 * What the register shows: a text in the code or title, a type, a language and a status (each
 * optional), the order, and which page of how many rows. Pages count from 1.
 */
public record RegisterQuery(
    String text,
    String type,
    String language,
    String status,
    Sort sort,
    boolean descending,
    int page,
    int size) {

  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 200;

  /** The register's orders; every order ends with the plan code, so pages never overlap. */
  public enum Sort {
    CODE,
    TITLE,
    EFFECTIVE,
    STATUS;

    /**
     * The sort named in a request ({@code code}, {@code title}, {@code effective}, {@code status});
     * else by code.
     */
    public static Sort of(String name) {
      for (Sort sort : values()) {
        if (sort.name().equalsIgnoreCase(name)) {
          return sort;
        }
      }
      return CODE;
    }
  }

  public RegisterQuery {
    text = blankToNull(text == null ? null : text.strip().toLowerCase());
    type = blankToNull(type);
    language = blankToNull(language);
    status = blankToNull(status);
    sort = sort == null ? Sort.CODE : sort;
    page = Math.max(1, page);
    size = size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
  }

  public RegisterQuery withPage(int number) {
    return new RegisterQuery(text, type, language, status, sort, descending, number, size);
  }

  /** Rows skipped before this page. */
  public long offset() {
    return (long) (page - 1) * size;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
