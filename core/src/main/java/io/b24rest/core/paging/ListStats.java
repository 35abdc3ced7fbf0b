package io.b24rest.core.paging;

import java.time.Duration;

/**
 * How far a bulk read has got, handed to a {@link ListProgress} after every HTTP request.
 *
 * @param records the records delivered so far (fetched pages, whether or not consumed yet)
 * @param pages the pages fetched so far
 * @param requests the HTTP requests sent so far (a batch counts once; retries inside the client
 *     not counted)
 * @param elapsed the time since the first request
 * @param waitedForBudget the time spent waiting for the method's operating budget
 * @param strategy the strategy in use
 */
public record ListStats(
    long records,
    long pages,
    long requests,
    Duration elapsed,
    Duration waitedForBudget,
    ListStrategy strategy) {

  /** Records per second since the first request; 0 before any time has passed. */
  public double recordsPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : records / seconds;
  }
}
