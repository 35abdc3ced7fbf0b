package io.b24rest.core.paging;

/** Told of a bulk read's progress after every HTTP request; called on the reading thread. */
@FunctionalInterface
public interface ListProgress {
  /** Ignores every update. */
  ListProgress NONE = stats -> {};

  /** The read's figures after its latest HTTP request. */
  void update(ListStats stats);
}
