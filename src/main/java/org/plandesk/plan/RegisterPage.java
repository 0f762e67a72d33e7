package org.plandesk.plan;

import java.util.List;
import java.util.stream.IntStream;

/** One page of the register: its rows, the query that chose them and how many plans matched. */
public record RegisterPage(List<RegisterRow> rows, RegisterQuery query, long total) {

  public int page() {
    return query.page();
  }

  public int pageCount() {
    return (int) Math.max(1, (total + query.size() - 1) / query.size());
  }

  public boolean hasPrevious() {
    return page() > 1;
  }

  public boolean hasNext() {
    return page() < pageCount();
  }

  /** The number of the first row on this page (1-based), 0 when nothing matched. */
  public long firstRow() {
    return rows.isEmpty() ? 0 : query.offset() + 1;
  }

  public long lastRow() {
    return query.offset() + rows.size();
  }

  /** Page numbers to link around this one: up to three either side. */
  public List<Integer> nearbyPages() {
    return IntStream.rangeClosed(Math.max(1, page() - 3), Math.min(pageCount(), page() + 3))
        .boxed()
        .toList();
  }
}
