package io.b24rest.runtime.internal.http;

import io.b24rest.runtime.http.AnswerTooLargeException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads an answer body into memory up to a cap: a {@code Content-Length} above it fails before a
 * byte of the body is read, and a body that grows past it (chunked) fails as soon as it does; the
 * exchange is then cancelled, so nothing beyond the cap is read or kept. Fails with {@link
 * AnswerTooLargeException}.
 */
public final class CappedBody implements HttpResponse.BodyHandler<byte[]> {
  /** The most a body's first buffer takes before anything arrives, whatever its declared length. */
  private static final int FIRST_BUFFER_MAX = 1 << 20;

  /** The first buffer of a body without a declared length (chunked). */
  private static final int UNKNOWN_LENGTH_BUFFER = 8 << 10;

  /** The largest array a JVM allocates. */
  private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

  private final long maxBytes;

  /** Bodies of at most {@code maxBytes}. */
  public CappedBody(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
    long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
    return new Subscriber(info.statusCode(), maxBytes, declared);
  }

  private static final class Subscriber implements HttpResponse.BodySubscriber<byte[]> {
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private final int status;
    private final long maxBytes;
    private final boolean declaredTooLarge;
    private Flow.Subscription subscription;

    /**
     * The body so far, in {@code bytes[0..received)}: sized by the declared length (up to {@link
     * #FIRST_BUFFER_MAX}, so that a length declared but never sent costs little), grown by
     * doubling for the rest. One copy of each received buffer, and none at the end when the
     * declared length was right.
     */
    private byte[] bytes;

    private int received;

    Subscriber(int status, long maxBytes, long declared) {
      this.status = status;
      this.maxBytes = maxBytes;
      this.declaredTooLarge = declared > maxBytes;
      this.bytes = new byte[(int) Math.min(declared < 0 ? UNKNOWN_LENGTH_BUFFER : declared,
          FIRST_BUFFER_MAX)];
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      if (declaredTooLarge) {
        tooLarge();
      } else {
        subscription.request(Long.MAX_VALUE);
      }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (body.isDone()) {
        return;
      }
      for (ByteBuffer item : items) {
        int length = item.remaining();
        long needed = (long) received + length;
        if (needed > maxBytes || needed > MAX_ARRAY) {
          tooLarge();
          return;
        }
        if (needed > bytes.length) {
          bytes = Arrays.copyOf(bytes, (int) Math.min(Math.max(needed, 2L * bytes.length), MAX_ARRAY));
        }
        item.get(bytes, received, length);
        received += length;
      }
    }

    @Override
    public void onError(Throwable failure) {
      body.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
      body.complete(received == bytes.length ? bytes : Arrays.copyOf(bytes, received));
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return body;
    }

    private void tooLarge() {
      subscription.cancel();
      bytes = new byte[0];
      body.completeExceptionally(new AnswerTooLargeException(status, maxBytes));
    }
  }
}
