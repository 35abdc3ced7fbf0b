package io.b24rest.core.paging;

import io.b24rest.core.Bitrix24Exception;
import io.b24rest.core.Bitrix24Request;
import io.b24rest.core.ResponseTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Sends several page requests as one HTTP request: the client's REST 3.0 batch. A {@link
 * ListReader} built {@link ListReader#over over} it fetches up to {@link #maxCalls()} pages per
 * request.
 */
public interface PageTransport {
  /** The most requests {@link #send} takes at once. */
  int maxCalls();

  /**
   * Sends {@code requests} as one HTTP request.
   *
   * @return the results in the order of the requests and the answer's {@code time} block
   * @throws Bitrix24Exception the typed exception of the whole request's failure, or of the first
   *     call in it that failed (a failed call is never skipped)
   */
  <R> Answer<R> send(List<? extends Bitrix24Request<R>> requests);

  /**
   * The answer to one {@link #send}.
   *
   * @param results one result per request, in order
   * @param time the answer's {@code time} block, if it had one
   * @param <R> the result type
   */
  record Answer<R>(List<R> results, @Nullable ResponseTime time) {}
}
