package io.b24rest.testkit;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads a request body within a deadline and a size cap. The deadline is kept by a watchdog that
 * closes the exchange of a body still arriving when it passes: before any answer was sent that
 * closes the connection at once, which frees the thread blocked reading it (no 408 can be sent to
 * a client still sending). A body past the cap, or a {@code Content-Length} above it, is not read
 * further.
 */
final class RequestBodyReader {
  /** The outcome of reading one body. */
  sealed interface Outcome {}

  /** The whole body. */
  record Body(byte[] bytes) implements Outcome {}

  /** The body is larger than the cap; {@code declared} is its {@code Content-Length}, or -1. */
  record TooLarge(long declared) implements Outcome {}

  /** The deadline passed while the body was still arriving: the connection is closed. */
  record Cut() implements Outcome {}

  private final ScheduledExecutorService watchdog;
  private final ServerLimits limits;

  RequestBodyReader(ScheduledExecutorService watchdog, ServerLimits limits) {
    this.watchdog = watchdog;
    this.limits = limits;
  }

  Outcome read(HttpExchange exchange) throws IOException {
    long declared = declaredLength(exchange);
    if (declared > limits.maxRequestBytes()) {
      return new TooLarge(declared);
    }
    AtomicBoolean over = new AtomicBoolean();
    ScheduledFuture<?> cut =
        watchdog.schedule(
            () -> {
              if (over.compareAndSet(false, true)) {
                exchange.close();
              }
            },
            limits.bodyReadTimeout().toNanos(),
            TimeUnit.NANOSECONDS);
    byte[] bytes;
    try {
      long cap = Math.min(limits.maxRequestBytes() + 1, Integer.MAX_VALUE - 16);
      bytes = exchange.getRequestBody().readNBytes((int) cap);
    } catch (IOException e) {
      if (!over.compareAndSet(false, true)) {
        return new Cut();
      }
      throw e;
    } finally {
      cut.cancel(false);
    }
    if (!over.compareAndSet(false, true)) {
      return new Cut();
    }
    return bytes.length > limits.maxRequestBytes() ? new TooLarge(declared) : new Body(bytes);
  }

  private static long declaredLength(HttpExchange exchange) {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    if (length == null) {
      return -1;
    }
    try {
      return Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
