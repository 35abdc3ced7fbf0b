package io.b24rest.runtime.internal.ratelimit;

import feign.Client;
import feign.Request;
import feign.Response;
import io.b24rest.runtime.internal.call.ActiveCall;
import io.b24rest.runtime.internal.http.CallInfo;
import io.b24rest.runtime.ratelimit.Pacer;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * Paces every HTTP attempt (retries included) before sending it: waits while the operating limit
 * blocks the method (if the block ends within the operating-limit policy's wait), then takes one
 * slot of the portal's bucket, blocking until one is free.
 */
public final class PacingClient implements Client {
  private final Pacer pacer;
  private final Duration maxOperatingWait;
  private final Client delegate;

  /**
   * @param pacer the portal's bucket and operating-limit blocks
   * @param maxOperatingWait how long a call may wait for a method's block to end; a longer block
   *     is left to the portal, whose 429 the retryer then handles
   * @param delegate sends the request
   */
  public PacingClient(Pacer pacer, Duration maxOperatingWait, Client delegate) {
    this.pacer = pacer;
    this.maxOperatingWait = maxOperatingWait;
    this.delegate = delegate;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    long waitStart = System.nanoTime();
    try {
      waitWhileBlocked(CallInfo.of(request).method());
      pacer.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the rate limit");
    }
    long sent = System.nanoTime();
    int status = 0;
    try {
      Response response = delegate.execute(request, options);
      status = response.status();
      return response;
    } finally {
      // Seen by the call's listeners, if any: the attempt's wait, status (0: no answer), duration.
      ActiveCall.attemptSent(status, sent - waitStart, System.nanoTime() - sent);
    }
  }

  private void waitWhileBlocked(String method) throws InterruptedException {
    if (maxOperatingWait.isZero()) {
      return;
    }
    OptionalLong until = pacer.methodBlockedUntil(method);
    if (until.isEmpty()) {
      return;
    }
    long waitMillis = until.getAsLong() * 1000 - System.currentTimeMillis();
    if (waitMillis > 0 && waitMillis <= maxOperatingWait.toMillis()) {
      Thread.sleep(waitMillis);
    }
  }
}
