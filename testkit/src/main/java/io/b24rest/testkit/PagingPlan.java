package io.b24rest.testkit;

import java.util.List;
import java.util.Optional;

/**
 * How the portal pages a method's registered records, from the method's {@code paging} spec.
 *
 * @param cursor cursor style ({@code afterCursor} -> {@code nextCursor}) rather than page/offset
 * @param param the param that carries the paging object, for example {@code pagination}
 * @param items the result field that holds a page's records
 * @param maxLimit the largest page size; a larger {@code limit} gets this many
 * @param defaultLimit the page size when the request gives none
 * @param cursorParam cursor style: the key inside {@link #param} that takes the cursor
 * @param nextCursor cursor style: the result field that holds the next page's cursor
 * @param cursorFields cursor style: the record fields an object cursor holds (the fields of the
 *     cursor's type, {@code position} and {@code id}); empty for a scalar cursor, which is then the
 *     position of the next record
 * @param textCursor cursor style: a scalar cursor is a string, not a number
 */
record PagingPlan(
    boolean cursor,
    String param,
    String items,
    int maxLimit,
    int defaultLimit,
    Optional<String> cursorParam,
    Optional<String> nextCursor,
    List<String> cursorFields,
    boolean textCursor) {

  PagingPlan {
    cursorFields = List.copyOf(cursorFields);
  }
}
