package io.b24rest.spec.model;

import java.util.Optional;

/**
 * How a list method pages, as its spec declares under {@code paging}.
 *
 * @param style page numbers or a cursor
 * @param param the param that carries the paging object ({@code pagination})
 * @param items the result field holding the records of a page
 * @param maxLimit the largest page size the method accepts
 * @param defaultLimit the page size the portal assumes
 * @param cursorParam cursor style: the key inside {@code param} that takes the cursor
 * @param nextCursor cursor style: the result field holding the next cursor (null or absent on the
 *     last page)
 * @param keyset the id field, filter param and order param for keyset traversal, if the method
 *     supports it
 * @param location where {@code paging} is written
 */
public record Paging(
    Style style,
    String param,
    String items,
    int maxLimit,
    int defaultLimit,
    Optional<String> cursorParam,
    Optional<String> nextCursor,
    Optional<Keyset> keyset,
    SourceLocation location) {

  /** The paging styles. */
  public enum Style {
    /** {@code page} (1-based) and {@code limit}. */
    PAGE("page"),
    /** {@code limit} and a cursor the previous page returned. */
    CURSOR("cursor"),
    /** One page of at most {@code limit} items, nothing to walk beyond it. */
    SINGLE("single");

    private final String specName;

    Style(String specName) {
      this.specName = specName;
    }

    /** The name in spec files. */
    public String specName() {
      return specName;
    }
  }

  /**
   * Keyset traversal by id: filter {@code field > last} and order by {@code field}.
   *
   * @param field the id field of the records
   * @param filter the filter param
   * @param order the order param
   */
  public record Keyset(String field, String filter, String order) {}
}
