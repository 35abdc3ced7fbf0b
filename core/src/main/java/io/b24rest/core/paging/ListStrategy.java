package io.b24rest.core.paging;

/**
 * How a bulk read ({@code listAll}) walks a list method.
 *
 * <p>Without a choice in {@link ListOptions}, a method whose spec declares {@code paging.keyset}
 * is read with {@link #BATCHED_KEYSET} (when the request allows it: no {@code order} other than
 * the id ascending and a {@code select} that keeps the id), any other page-style method with
 * {@link #BATCHED_PAGES}.
 */
public enum ListStrategy {
  /** One page per HTTP request, page 1, 2, ... (what the other SDKs do). */
  PAGES,
  /**
   * One page per HTTP request selected by the last id (filter {@code >id}, order by id ascending;
   * {@code settings/performance/huge-data.md}): stays correct when records are added or removed
   * during the walk.
   */
  KEYSET,
  /** Up to 50 consecutive pages per HTTP request, as the calls of one REST 3.0 batch. */
  BATCHED_PAGES,
  /**
   * Keyset and batch together: each batch holds up to 50 consecutive pages after the last id of
   * the previous batch (filter {@code >id}, order by id ascending, pages 1..n), so the offsets stay
   * within one batch and records added or removed between batches shift nothing.
   */
  BATCHED_KEYSET;

  /** Whether this strategy selects pages by the last id. */
  public boolean byKeyset() {
    return this == KEYSET || this == BATCHED_KEYSET;
  }

  /** Whether this strategy sends several pages per HTTP request. */
  public boolean batched() {
    return this == BATCHED_PAGES || this == BATCHED_KEYSET;
  }
}
