package io.b24rest.runtime.ratelimit;

import feign.Client;
import feign.Request;
import feign.Response;
import io.github.bucket4j.Bucket;
import java.io.IOException;
import java.io.InterruptedIOException;
import org.jspecify.annotations.Nullable;

/**
 * Takes one token from the portal's shared bucket before every HTTP attempt (retries included),
 * blocking until one is free, then sends the request.
 */
public final class PacingClient implements Client {
  private final @Nullable Bucket bucket;
  private final Client delegate;

  /**
   * @param bucket the shared bucket; null when pacing is off
   * @param delegate sends the request
   */
  public PacingClient(@Nullable Bucket bucket, Client delegate) {
    this.bucket = bucket;
    this.delegate = delegate;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    if (bucket != null) {
      try {
        bucket.asBlocking().consume(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for the rate limit");
      }
    }
    return delegate.execute(request, options);
  }
}
