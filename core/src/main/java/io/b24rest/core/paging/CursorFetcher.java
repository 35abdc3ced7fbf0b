package io.b24rest.core.paging;

import org.jspecify.annotations.Nullable;

/**
 * Fetches one page of a cursor-paged list method: typically a call of the generated API with
 * {@code pagination: {limit, afterCursor}} set.
 *
 * @param <T> the item type
 * @param <C> the cursor type
 */
@FunctionalInterface
public interface CursorFetcher<T, C> {
  /**
   * The page after {@code cursor} (null: the first page) of at most {@code limit} items.
   */
  CursorPage<T, C> fetch(@Nullable C cursor, int limit);
}
