package io.b24rest.core.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cursor walker stops where a portal would otherwise make it loop or over-fetch. */
class CursorPagesTest {

  /** A list of {@code total} numbers, paged by the last number seen as the cursor. */
  private static CursorFetcher<Integer, Integer> numbers(int total, List<Integer> sentCursors) {
    return (cursor, limit) -> {
      sentCursors.add(cursor);
      int from = cursor == null ? 0 : cursor;
      List<Integer> items = new ArrayList<>();
      for (int i = from + 1; i <= Math.min(total, from + limit); i++) {
        items.add(i);
      }
      return new CursorPage<>(items, items.isEmpty() ? null : items.get(items.size() - 1));
    };
  }

  @Test
  void walksEveryPageAndStopsOnTheShortOne() {
    List<Integer> sent = new ArrayList<>();
    assertEquals(7, Pages.cursorStream(3, 100, numbers(7, sent)).count());
    assertEquals(java.util.Arrays.asList(null, 3, 6), sent);
  }

  @Test
  void stopsWhenTheCursorIsMissing() {
    List<Integer> calls = new ArrayList<>();
    CursorFetcher<Integer, Integer> noCursor = (cursor, limit) -> {
      calls.add(limit);
      return new CursorPage<>(List.of(1, 2), null);
    };
    assertEquals(List.of(1, 2), Pages.cursorStream(2, 100, noCursor).toList());
    assertEquals(1, calls.size());
  }

  @Test
  void stopsWhenTheCursorDoesNotAdvance() {
    List<Integer> calls = new ArrayList<>();
    CursorFetcher<Integer, String> stuck = (cursor, limit) -> {
      calls.add(limit);
      return new CursorPage<>(List.of(1, 2), "same");
    };
    assertEquals(4, Pages.cursorStream(2, 100, stuck).count());
    assertEquals(2, calls.size(), "the second page repeats the cursor: no third call");
  }

  @Test
  void isBoundedAndLazy() {
    List<Integer> sent = new ArrayList<>();
    assertEquals(6, Pages.cursorStream(2, 3, numbers(1000, sent)).count());
    assertEquals(3, sent.size());
    sent.clear();
    assertEquals(List.of(1), Pages.cursorStream(2, 3, numbers(1000, sent)).limit(1).toList());
    assertEquals(1, sent.size());
  }

  @Test
  void skipsNullItemsAndRejectsBadBounds() {
    CursorFetcher<Integer, Integer> withNull = (cursor, limit) -> new CursorPage<>(java.util.Arrays.asList(1, null), null);
    assertEquals(List.of(1), Pages.cursorStream(5, 1, withNull).toList());
    assertThrows(IllegalArgumentException.class, () -> Pages.cursorStream(0, 1, withNull));
    assertThrows(IllegalArgumentException.class, () -> Pages.cursorStream(1, 0, withNull));
  }
}
