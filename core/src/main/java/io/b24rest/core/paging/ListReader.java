package io.b24rest.core.paging;

import io.b24rest.core.Bitrix24Request;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads every record of a list method as one lazy stream: the engine of the generated {@code
 * listAll(request, options)}. The client supplies one that batches ({@link #over}); outside a
 * client, {@link #direct()} reads one page per request.
 *
 * <p>The stream fetches the next request's pages only when the records of the previous one are
 * used up, so at most one batch of pages is held at a time. A failed call (of the request or of
 * any call inside a batch) throws its typed exception from the stream: no page is ever skipped.
 */
public interface ListReader {
  /**
   * Every record of {@code query}'s method, in order.
   *
   * @throws IllegalArgumentException if the options do not fit the method (a page size above its
   *     maximum, a keyset strategy for a method or request that cannot be read by id)
   */
  <Q extends Bitrix24Request<R>, R, T> Stream<T> read(ListQuery<Q, R, T> query, ListOptions options);

  /** A reader that sends every page as its own request (batched strategies read unbatched). */
  static ListReader direct() {
    return over(
        new PageTransport() {
          @Override
          public int maxCalls() {
            return 1;
          }

          @Override
          public <R> Answer<R> send(List<? extends Bitrix24Request<R>> requests) {
            throw new UnsupportedOperationException("a direct reader sends no batch");
          }
        });
  }

  /** A reader that sends several pages per request through {@code transport}. */
  static ListReader over(PageTransport transport) {
    return new ListReader() {
      @Override
      public <Q extends Bitrix24Request<R>, R, T> Stream<T> read(
          ListQuery<Q, R, T> query, ListOptions options) {
        return ListWalk.stream(query, options, transport);
      }
    };
  }
}
