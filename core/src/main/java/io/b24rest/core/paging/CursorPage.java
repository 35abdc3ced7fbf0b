package io.b24rest.core.paging;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a cursor-paged list method: its items and the cursor of the next page.
 *
 * @param items the items of the page; null reads as none
 * @param next the cursor the answer gave for the next page; null on the last page
 * @param <T> the item type
 * @param <C> the cursor type
 */
public record CursorPage<T, C>(@Nullable List<T> items, @Nullable C next) {}
