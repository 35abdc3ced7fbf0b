package io.b24rest.spec.reader;

import io.b24rest.spec.model.SourceLocation;
import java.util.Optional;

/**
 * The {@code paging} block of a method file as written.
 *
 * @param style {@code page} or {@code cursor}
 * @param param the param carrying the paging object
 * @param items the result field holding the records
 * @param maxLimit the largest page size
 * @param defaultLimit the page size the portal assumes
 * @param cursorParam cursor style: the key inside {@code param} taking the cursor
 * @param nextCursor cursor style: the result field holding the next cursor
 * @param keyset the {@code keyset} block, if any
 * @param location where {@code paging} is written
 */
public record PagingDraft(
    Located<String> style,
    Located<String> param,
    Located<String> items,
    Optional<Located<Integer>> maxLimit,
    Optional<Located<Integer>> defaultLimit,
    Optional<Located<String>> cursorParam,
    Optional<Located<String>> nextCursor,
    Optional<KeysetDraft> keyset,
    SourceLocation location) {

  /**
   * The {@code keyset} block.
   *
   * @param field the id field of the records
   * @param filter the filter param
   * @param order the order param
   * @param location where {@code keyset} is written
   */
  public record KeysetDraft(
      Located<String> field, Located<String> filter, Located<String> order, SourceLocation location) {}
}
