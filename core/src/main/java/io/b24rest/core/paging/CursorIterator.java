package io.b24rest.core.paging;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Walks a cursor-paged list method, fetching a page only when the previous one is used up. It
 * stops on a short page, on a page without a next cursor, on a cursor equal to the one just sent
 * (a portal that does not advance would otherwise repeat the page for ever) and after
 * {@code maxPages} pages at the latest.
 */
final class CursorIterator<T, C> implements Iterator<T> {
  private final CursorFetcher<T, C> fetcher;
  private final int limit;
  private final int maxPages;
  private Iterator<T> current = List.<T>of().iterator();
  private @Nullable C cursor;
  private int pages;
  private boolean lastPageSeen;

  CursorIterator(CursorFetcher<T, C> fetcher, int limit, int maxPages) {
    this.fetcher = fetcher;
    this.limit = limit;
    this.maxPages = maxPages;
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext() && !lastPageSeen) {
      CursorPage<T, C> page = fetcher.fetch(cursor, limit);
      List<T> items = page == null || page.items() == null ? List.of() : page.items();
      C next = page == null ? null : page.next();
      pages++;
      lastPageSeen =
          items.size() < limit || next == null || Objects.equals(next, cursor) || pages >= maxPages;
      cursor = next;
      current = items.stream().filter(Objects::nonNull).iterator();
    }
    return current.hasNext();
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more items");
    }
    return current.next();
  }
}
