package io.b24rest.runtime.internal.http;

import io.b24rest.runtime.http.AnswerTooLargeException;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
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
  private final long maxBytes;

  /** Bodies of at most {@code maxBytes}. */
  public CappedBody(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
    long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
    return new Subscriber(info.statusCode(), maxBytes, declared > maxBytes);
  }

  private static final class Subscriber implements HttpResponse.BodySubscriber<byte[]> {
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final int status;
    private final long maxBytes;
    private final boolean declaredTooLarge;
    private Flow.Subscription subscription;
    private long received;

    Subscriber(int status, long maxBytes, boolean declaredTooLarge) {
      this.status = status;
      this.maxBytes = maxBytes;
      this.declaredTooLarge = declaredTooLarge;
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
        received += item.remaining();
        if (received > maxBytes) {
          tooLarge();
          return;
        }
        byte[] chunk = new byte[item.remaining()];
        item.get(chunk);
        bytes.write(chunk, 0, chunk.length);
      }
    }

    @Override
    public void onError(Throwable failure) {
      body.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
      body.complete(bytes.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return body;
    }

    private void tooLarge() {
      subscription.cancel();
      bytes.reset();
      body.completeExceptionally(new AnswerTooLargeException(status, maxBytes));
    }
  }
}
