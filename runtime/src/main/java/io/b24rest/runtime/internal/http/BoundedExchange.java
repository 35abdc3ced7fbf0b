package io.b24rest.runtime.internal.http;

import io.b24rest.runtime.http.DeadlinePassedException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One HTTP exchange bounded as a whole. {@link HttpRequest#timeout()} only bounds the wait for the
 * status line and headers: a server that then sends the body a byte a second would hold the caller
 * for as long as it likes. Here the whole answer, body included, must arrive within the timeout,
 * else the exchange is cancelled (which closes its connection) and an {@link HttpTimeoutException}
 * is thrown.
 */
public final class BoundedExchange {
  private BoundedExchange() {}

  /**
   * Sends {@code request} and waits for the whole answer.
   *
   * @throws DeadlinePassedException if {@code timeout} is not positive (nothing is sent)
   * @throws HttpTimeoutException if the whole answer did not arrive within {@code timeout}
   * @throws InterruptedIOException if the thread was interrupted (its flag is set again)
   * @throws IOException if the exchange failed
   */
  public static <T> HttpResponse<T> send(
      HttpClient http, HttpRequest request, HttpResponse.BodyHandler<T> body, Duration timeout)
      throws IOException {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new DeadlinePassedException();
    }
    CompletableFuture<HttpResponse<T>> answer = http.sendAsync(request, body);
    try {
      return answer.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      answer.cancel(true);
      throw new HttpTimeoutException(
          "the whole answer did not arrive within " + timeout.toMillis() + " ms");
    } catch (InterruptedException e) {
      answer.cancel(true);
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the answer");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IOException(cause == null ? "exchange failed" : cause.getClass().getSimpleName());
    }
  }
}
