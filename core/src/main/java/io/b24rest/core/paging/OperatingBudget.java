package io.b24rest.core.paging;

import io.b24rest.core.Bitrix24ApiException;
import io.b24rest.core.Bitrix24TransportException;
import io.b24rest.core.ResponseTime;
import org.jspecify.annotations.Nullable;

/**
 * One walk's view of its method's operating limit ({@code limits.md}): the portal sums the
 * execution time of each method over ten one-minute baskets and refuses calls (429 {@code
 * OPERATION_TIME_LIMIT}) once the sum exceeds the limit.
 *
 * <p>A direct answer reports the sum ({@code time.operating}) and when the oldest basket drops
 * ({@code time.operating_reset_at}). A batch answer does not report its nested calls' sums (the
 * batch itself is not billed), but its {@code time.processing} is the time they ran, which is what
 * they are billed: it is added to the last reported sum until the next direct answer replaces it.
 * Before a request that would take the sum over the threshold the walk first sends fewer pages,
 * then waits for the reset and reads the figures again with one direct page.
 */
final class OperatingBudget {
  /** This many 429s in a row (no success between them) are not waited out. */
  private static final int MAX_LIMIT_HITS = 30;
  /** The wait after a 429 when no reset time to come is known. */
  private static final long UNKNOWN_RESET_WAIT_MILLIS = 1_000;

  private final String method;
  private final double allowedSeconds;
  private double reportedSeconds;
  private double spentSinceReport;
  private long resetAtMillis;
  private boolean known;
  private long waitedNanos;
  private int limitHits;
  private int callCap = Integer.MAX_VALUE;

  OperatingBudget(String method, ListOptions options) {
    this.method = method;
    this.allowedSeconds = options.operatingBudget().toNanos() / 1e9 * options.operatingThreshold();
  }

  /**
   * How many of {@code calls} pages, of {@code secondsPerPage} each, the budget admits now: all of
   * them, fewer, or (after waiting for the oldest basket to reset) one, sent directly so that its
   * answer reports the method's figures again.
   */
  int admit(int planned, double secondsPerPage) {
    int calls = Math.min(planned, callCap);
    if (!known) {
      return calls;
    }
    double room = allowedSeconds - (reportedSeconds + spentSinceReport);
    double perPage = Math.max(0, secondsPerPage);
    if (room > 0 && room >= perPage * calls) {
      return calls;
    }
    if (perPage > 0 && room >= perPage) {
      return (int) Math.floor(room / perPage);
    }
    long now = System.currentTimeMillis();
    sleepUntil(resetAtMillis > now ? resetAtMillis : now + 1000, null);
    known = false;
    return 1;
  }

  /** Takes in an answer's {@code time} block. */
  void observe(@Nullable ResponseTime time, boolean direct) {
    limitHits = 0;
    if (time == null) {
      return;
    }
    if (direct) {
      if (time.operating() != null) {
        reportedSeconds = time.operating();
        spentSinceReport = 0;
        known = true;
      }
      if (time.operatingResetAt() != null) {
        resetAtMillis = time.operatingResetAt() * 1000;
      }
    } else if (time.processing() != null && known) {
      spentSinceReport += time.processing();
    }
  }

  /**
   * After a 429 {@code OPERATION_TIME_LIMIT}: waits until the oldest basket resets (the last
   * reported {@code operating_reset_at}, or a while when none is known or it has passed).
   *
   * A refused batch held more than the budget had room for, so later batches hold at most half
   * as many calls (the portal's limit is not in its answers; this is how the walk learns it).
   *
   * @param calls the calls of the refused request
   * @throws Bitrix24ApiException {@code limited} itself after too many refusals in a row
   */
  void waitAfterLimit(Bitrix24ApiException limited, int calls) {
    if (++limitHits > MAX_LIMIT_HITS) {
      throw limited;
    }
    if (calls > 1) {
      callCap = Math.max(1, calls / 2);
    }
    long now = System.currentTimeMillis();
    sleepUntil(resetAtMillis > now ? resetAtMillis : now + UNKNOWN_RESET_WAIT_MILLIS, limited);
    known = false;
  }

  /** The time spent waiting so far, in nanoseconds. */
  long waitedNanos() {
    return waitedNanos;
  }

  private void sleepUntil(long epochMillis, @Nullable Bitrix24ApiException cause) {
    long start = System.nanoTime();
    try {
      long millis = epochMillis - System.currentTimeMillis();
      if (millis > 0) {
        Thread.sleep(millis);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Bitrix24TransportException(
          "interrupted while waiting for the operating budget", method, cause == null ? e : cause);
    } finally {
      waitedNanos += System.nanoTime() - start;
    }
  }
}
