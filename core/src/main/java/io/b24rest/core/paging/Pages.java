package io.b24rest.core.paging;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Lazy traversal of every item of a list method. Each page is an ordinary call of the client, so it
 * goes through the same pacing, retries and error handling as any other call.
 *
 * <pre>{@code
 * Stream<Node> all = Pages.stream(200, (page, limit) ->
 *     nodes.list(request.withPagination(page, limit)).result().items());
 * }</pre>
 */
public final class Pages {
  /** The portal's default page size of list methods. */
  public static final int DEFAULT_LIMIT = 50;

  /** Upper bound on pages fetched by one traversal unless told otherwise. */
  public static final int DEFAULT_MAX_PAGES = 10_000;

  private Pages() {}

  /** Every item, page after page of {@code limit} items, fetched on demand. */
  public static <T> Stream<T> stream(int limit, PageFetcher<T> fetcher) {
    return stream(limit, DEFAULT_MAX_PAGES, fetcher);
  }

  /** Every item of at most {@code maxPages} pages of {@code limit} items, fetched on demand. */
  public static <T> Stream<T> stream(int limit, int maxPages, PageFetcher<T> fetcher) {
    Iterator<T> items = iterator(limit, maxPages, fetcher);
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /** Every item of at most {@code maxPages} pages of {@code limit} items, fetched on demand. */
  public static <T> Iterator<T> iterator(int limit, int maxPages, PageFetcher<T> fetcher) {
    checkBounds(limit, maxPages);
    return new PageIterator<>(fetcher, limit, maxPages);
  }

  /**
   * Every item of a cursor-paged method, at most {@code maxPages} pages of {@code limit} items,
   * fetched on demand: the walk stops on a short page, a missing cursor or a cursor that does not
   * advance.
   */
  public static <T, C> Stream<T> cursorStream(int limit, int maxPages, CursorFetcher<T, C> fetcher) {
    checkBounds(limit, maxPages);
    Iterator<T> items = new CursorIterator<>(fetcher, limit, maxPages);
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  private static void checkBounds(int limit, int maxPages) {
    if (limit < 1) {
      throw new IllegalArgumentException("page limit must be at least 1, got " + limit);
    }
    if (maxPages < 1) {
      throw new IllegalArgumentException("maxPages must be at least 1, got " + maxPages);
    }
  }
}
