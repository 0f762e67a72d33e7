package org.plandesk.plan.web;

import org.springframework.web.util.UriComponentsBuilder;

/** Links to other pages of the register that keep its filter, order and page size. */
record RegisterLinks(
    String q, String type, String language, String status, String sort, String dir, int size) {

  /** The register's path for a page, with only the parameters that are set. */
  public String page(int page) {
    UriComponentsBuilder link = UriComponentsBuilder.fromPath("/plans");
    add(link, "q", q);
    add(link, "type", type);
    add(link, "language", language);
    add(link, "status", status);
    add(link, "sort", sort);
    add(link, "dir", dir);
    if (size != org.plandesk.plan.RegisterQuery.DEFAULT_SIZE) {
      link.queryParam("size", size);
    }
    return link.queryParam("page", page).encode().build().toUriString();
  }

  private static void add(UriComponentsBuilder link, String name, String value) {
    if (value != null && !value.isBlank()) {
      link.queryParam(name, value);
    }
  }
}
