package io.b24rest.runtime.internal.http;

import io.b24rest.runtime.http.DeadlinePassedException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * One HTTP exchange bounded as a whole. {@link HttpRequest#timeout()} only bounds the wait for the
 * status line and headers: a server that then sends the body a byte a second would hold the caller
 * for as long as it likes. Here the whole answer, body included, must arrive within the timeout,
 * else the exchange is cancelled (which closes its connection) and an {@link HttpTimeoutException}
 * is thrown.
 *
 * <p>The exchange runs through the blocking {@link HttpClient#send}: the request's own timeout
 * bounds the headers, and the body's subscriber fails at what is left of the deadline (see {@link
 * DeadlineBody}). Waiting on {@code sendAsync(...).get(timeout)} instead costs every call one more
 * hand-off between threads (the JDK completes a public {@code sendAsync} on its common pool), which
 * the call benchmark measured as the largest part of the client's overhead on a busy machine.
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
    long deadlineNanos = System.nanoTime() + timeout.toNanos();
    HttpRequest headersBounded =
        request.timeout().filter(own -> own.compareTo(timeout) <= 0).isPresent()
            ? request
            : HttpRequest.newBuilder(request, (name, value) -> true).timeout(timeout).build();
    try {
      return http.send(
          headersBounded,
          info -> new DeadlineBody<>(body.apply(info), deadlineNanos, timeout.toMillis()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the answer");
    } catch (IOException e) {
      throw unwrapped(e);
    }
  }

  /**
   * What failed the exchange, as {@code sendAsync} reports it: {@code send} wraps a failure of a
   * type it does not know (our {@link AnswerTooLargeException}, a runtime exception of a body
   * subscriber) in a plain {@link IOException}, which would hide it from the callers' handling.
   */
  private static IOException unwrapped(IOException e) {
    if (e.getClass() == IOException.class) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        return io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
    }
    return e;
  }
}
