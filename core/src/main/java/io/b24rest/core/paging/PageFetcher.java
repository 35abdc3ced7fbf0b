package io.b24rest.core.paging;

import java.util.List;

/**
 * Fetches one page of a list method: typically a call of the generated API with {@code pagination:
 * {page, limit}} set, returning its {@code items}.
 *
 * @param <T> the item type
 */
@FunctionalInterface
public interface PageFetcher<T> {
  /**
   * Returns the items of page {@code page} (1-based) of at most {@code limit} items; an empty or
   * {@code null} list when there are no more.
   */
  List<T> fetch(int page, int limit);
}
