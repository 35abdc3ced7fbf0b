package io.b24rest.spec.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Work on a list done on helper threads, its results taken on the calling thread in the list's
 * order: what the spec reader does with runs of files and the spec processor with the files it
 * renders. The results are the same as doing the work item by item on the calling thread, which is
 * what happens without helpers; only the work must be free of shared mutable state.
 */
public final class InOrder {

  /** Takes one item's result; runs on the calling thread, in the items' order. */
  @FunctionalInterface
  public interface Taker<T, R, E extends Exception> {
    /** Takes the result of {@code item}. */
    void take(T item, R result) throws E;
  }

  private InOrder() {}

  /**
   * Applies {@code work} to each of {@code items} on up to {@code helpers} daemon threads named
   * {@code threadName} (none: on the calling thread) and hands each result to {@code taker} in
   * the items' order. The helpers end before this returns.
   *
   * @throws RuntimeException what {@code work} threw for an item, as it was thrown; the items
   *     after it are not taken
   * @throws E what {@code taker} threw
   */
  public static <T, R, E extends Exception> void run(
      List<T> items,
      Function<? super T, ? extends R> work,
      int helpers,
      String threadName,
      Taker<? super T, ? super R, E> taker)
      throws E {
    if (helpers <= 0 || items.size() < 2) {
      for (T item : items) {
        taker.take(item, work.apply(item));
      }
      return;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(helpers, items.size()),
            task -> {
              Thread thread = new Thread(task, threadName);
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<? extends R>> pending = new ArrayList<>(items.size());
      for (T item : items) {
        pending.add(pool.submit(() -> work.apply(item)));
      }
      for (int i = 0; i < items.size(); i++) {
        T item = items.get(i);
        R result = join(pending.get(i), item, work);
        // Taken results are not kept: the renderer's texts add up to megabytes.
        pending.set(i, null);
        taker.take(item, result);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T, R> R join(
      Future<? extends R> pending, T item, Function<? super T, ? extends R> work) {
    try {
      return pending.get();
    } catch (InterruptedException e) {
      // Nothing is lost: this and the items after it are done here, the interrupt kept for the
      // caller (the helpers are stopped on the way out).
      Thread.currentThread().interrupt();
      return work.apply(item);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }
}
