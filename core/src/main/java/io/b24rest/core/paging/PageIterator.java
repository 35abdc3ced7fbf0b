package io.b24rest.core.paging;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Walks a list method page by page, fetching a page only when the previous one is used up. It stops
 * on a short page (fewer items than the limit), so it costs no extra call at the end of most lists,
 * and after {@code maxPages} pages at the latest, so a portal that ignores paging cannot make it
 * loop forever.
 */
final class PageIterator<T> implements Iterator<T> {
  private final PageFetcher<T> fetcher;
  private final int limit;
  private final int maxPages;
  private Iterator<T> current = List.<T>of().iterator();
  private int nextPage = 1;
  private boolean lastPageSeen;

  PageIterator(PageFetcher<T> fetcher, int limit, int maxPages) {
    this.fetcher = fetcher;
    this.limit = limit;
    this.maxPages = maxPages;
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext() && !lastPageSeen) {
      List<T> page = fetcher.fetch(nextPage, limit);
      int size = page == null ? 0 : page.size();
      lastPageSeen = size < limit || nextPage >= maxPages;
      nextPage++;
      current = size == 0 ? List.<T>of().iterator() : page.iterator();
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
