package io.b24rest.runtime;

import io.b24rest.runtime.internal.retry.IdempotencyInterceptor;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Options for the calls of one {@link Bitrix24Client#withOptions(CallOptions) view} of a client:
 * a call timeout of their own, extra HTTP headers, the caller's Idempotency-Key. Immutable.
 *
 * <pre>{@code
 * NodeApi nodes = client
 *     .withOptions(CallOptions.builder()
 *         .timeout(Duration.ofSeconds(5))
 *         .header("X-Request-Id", requestId)
 *         .build())
 *     .api(NodeApi.class);
 * }</pre>
 */
public final class CallOptions {
  /** No options: the client's own settings. */
  public static final CallOptions NONE = new CallOptions(null, Map.of(), null);

  /** Headers the client writes itself: set them through its own settings, not here. */
  private static final Set<String> OWN_HEADERS =
      Set.of("content-type", "content-length", "host", "connection", "idempotency-key");

  private final @Nullable Duration timeout;
  private final Map<String, String> headers;
  private final @Nullable String idempotencyKey;

  private CallOptions(
      @Nullable Duration timeout, Map<String, String> headers, @Nullable String idempotencyKey) {
    this.timeout = timeout;
    this.headers = headers;
    this.idempotencyKey = idempotencyKey;
  }

  /** An empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these options, to change some of them. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.timeout = timeout;
    builder.headers.putAll(headers);
    builder.idempotencyKey = idempotencyKey;
    return builder;
  }

  /**
   * The budget of each whole call (attempts, backoff and rate-limit waits together), in place of
   * the client's {@link Bitrix24ClientBuilder#callTimeout(Duration) callTimeout}.
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /** Extra HTTP headers of every attempt, unmodifiable. */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * The caller's Idempotency-Key of the write calls, see {@link
   * Bitrix24Client#withIdempotencyKey}.
   */
  public Optional<String> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  /** Whether no option is set. */
  public boolean isEmpty() {
    return timeout == null && headers.isEmpty() && idempotencyKey == null;
  }

  /** Names what is set, never a header's value or the key. */
  @Override
  public String toString() {
    return "CallOptions[timeout="
        + timeout
        + ", headers="
        + headers.keySet()
        + (idempotencyKey == null ? "" : ", Idempotency-Key")
        + "]";
  }

  /** Builds {@link CallOptions}. Not thread-safe. */
  public static final class Builder {
    private @Nullable Duration timeout;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private @Nullable String idempotencyKey;

    private Builder() {}

    /**
     * The budget of each whole call of the view.
     *
     * @throws IllegalArgumentException if not positive or over 24 days
     */
    public Builder timeout(Duration timeout) {
      if (timeout == null
          || timeout.isNegative()
          || timeout.isZero()
          || timeout.toMillis() > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("timeout must be positive and under 24 days");
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * An extra header of every attempt (a later value of the same name replaces an earlier one).
     *
     * @throws IllegalArgumentException if the name is not an HTTP token, the value holds a line
     *     break or another control character, or the client writes that header itself
     */
    public Builder header(String name, String value) {
      if (name == null || name.isEmpty() || !name.chars().allMatch(Builder::isTokenChar)) {
        throw new IllegalArgumentException("a header name must be an HTTP token, got " + name);
      }
      if (OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "the client writes " + name + " itself; it cannot be set per call");
      }
      if (value == null || !value.chars().allMatch(c -> c == '\t' || (c >= 0x20 && c != 0x7f))) {
        throw new IllegalArgumentException(
            "the value of header " + name + " must not be null or hold control characters");
      }
      headers.put(name, value);
      return this;
    }

    /**
     * The Idempotency-Key of the write calls, see {@link Bitrix24Client#withIdempotencyKey}.
     *
     * @throws IllegalArgumentException if not 1 to 255 printable ASCII characters
     */
    public Builder idempotencyKey(String key) {
      this.idempotencyKey = IdempotencyInterceptor.validate(key);
      return this;
    }

    /** The options. */
    public CallOptions build() {
      return new CallOptions(
          timeout, Collections.unmodifiableMap(new LinkedHashMap<>(headers)), idempotencyKey);
    }

    private static boolean isTokenChar(int c) {
      return c > 0x20 && c < 0x7f && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
    }
  }
}
