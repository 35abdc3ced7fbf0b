package io.b24rest.runtime;

import feign.Capability;
import io.b24rest.core.spi.ApiErrorFactory;
import io.b24rest.runtime.auth.OAuthTokens;
import io.b24rest.runtime.auth.TokenRefresher;
import io.b24rest.runtime.internal.error.DefaultErrorFactory;
import io.b24rest.runtime.internal.http.PortalEndpoint;
import io.b24rest.runtime.ratelimit.PacingBackend;
import io.b24rest.runtime.ratelimit.RateLimit;
import io.b24rest.runtime.retry.OperatingLimitPolicy;
import io.b24rest.runtime.retry.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Configures a {@link Bitrix24Client}; get one from {@link Bitrix24Client#webhook(String)} or
 * {@link Bitrix24Client#oauth(String, OAuthTokens)}. Not thread-safe; the client it builds is.
 */
public final class Bitrix24ClientBuilder {
  /** Connect timeout unless configured. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /** Read timeout unless configured: a little over the 60 s after which the portal cuts a call. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(65);

  /** The largest answer read unless configured: 16 MiB. */
  public static final long DEFAULT_MAX_ANSWER_SIZE = 16L * 1024 * 1024;

  final PortalEndpoint endpoint;
  final @Nullable OAuthTokens tokens;
  @Nullable TokenRefresher refresher;
  ApiErrorFactory errorFactory = DefaultErrorFactory.get();
  RateLimit rateLimit = RateLimit.standard();
  PacingBackend pacing = PacingBackend.local();
  RetryPolicy retryPolicy = RetryPolicy.defaults();
  OperatingLimitPolicy operatingLimit = OperatingLimitPolicy.defaults();
  Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
  Duration readTimeout = DEFAULT_READ_TIMEOUT;
  @Nullable Duration callTimeout;
  long maxAnswerSize = DEFAULT_MAX_ANSWER_SIZE;
  boolean automaticIdempotencyKeys = true;
  HttpLogLevel logLevel = HttpLogLevel.NONE;
  final List<CallListener> listeners = new ArrayList<>();
  final List<Capability> capabilities = new ArrayList<>();

  Bitrix24ClientBuilder(PortalEndpoint endpoint, @Nullable OAuthTokens tokens) {
    this.endpoint = endpoint;
    this.tokens = tokens;
  }

  /**
   * Maps error codes to typed exceptions. Default: {@link Bitrix24Registry#errorFactory()}, every
   * generated error registry on the class path (the library's and those of your own specs); codes
   * none knows become plain {@code Bitrix24ApiException}s.
   */
  public Bitrix24ClientBuilder errorFactory(ApiErrorFactory errorFactory) {
    this.errorFactory = Objects.requireNonNull(errorFactory, "errorFactory");
    return this;
  }

  /**
   * The portal's plan the client paces itself to. Default: {@link RateLimit#standard()}. One
   * bucket per portal (host and port, loopback names as one) is shared by every client of the
   * same {@link #pacing(PacingBackend) backend}; the first client of a portal shapes it, and a
   * later client with another limit shares it (its limit ignored, with a WARN line).
   */
  public Bitrix24ClientBuilder rateLimit(RateLimit rateLimit) {
    this.rateLimit = Objects.requireNonNull(rateLimit, "rateLimit");
    return this;
  }

  /**
   * Where the pacing state (the portal's bucket and the methods the operating limit blocks) lives.
   * Default: {@link PacingBackend#local()}, this JVM. For several processes that call one portal,
   * a shared backend such as {@code io.b24rest.ratelimit.redis.RedisPacing} from {@code
   * b24-ratelimit-redis}.
   */
  public Bitrix24ClientBuilder pacing(PacingBackend backend) {
    this.pacing = Objects.requireNonNull(backend, "backend");
    return this;
  }

  /**
   * Retries after rate limits, 5xx and connection failures. Default: {@link
   * RetryPolicy#defaults()}.
   */
  public Bitrix24ClientBuilder retryPolicy(RetryPolicy retryPolicy) {
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    return this;
  }

  /**
   * What to do on {@code OPERATION_TIME_LIMIT}. Default: {@link OperatingLimitPolicy#defaults()}.
   */
  public Bitrix24ClientBuilder operatingLimit(OperatingLimitPolicy operatingLimit) {
    this.operatingLimit = Objects.requireNonNull(operatingLimit, "operatingLimit");
    return this;
  }

  /** How long to wait for a connection. Default 10 s. */
  public Bitrix24ClientBuilder connectTimeout(Duration timeout) {
    this.connectTimeout = positive(timeout, "connectTimeout");
    return this;
  }

  /**
   * How long one attempt may wait for the whole answer, headers and body. Default 65 s (the portal
   * cuts a call at 60 s).
   *
   * <p>Below 60 s, an attempt may time out while the portal still runs it. A read is then retried
   * as usual; a write is not sent again (a repeat, even under the same {@code Idempotency-Key},
   * could run beside the first attempt): the call fails with a {@code
   * Bitrix24OutcomeUnknownException}, whose outcome the caller must check before repeating it.
   * {@link #build()} logs one WARN line for such a client.
   */
  public Bitrix24ClientBuilder readTimeout(Duration timeout) {
    this.readTimeout = positive(timeout, "readTimeout");
    return this;
  }

  /**
   * How long one call may take in all: every attempt, backoff, rate-limit and operating-limit wait
   * together. An attempt's read timeout is cut to what is left, and no wait starts that would end
   * past it; the call then ends in the last failure (a {@code Bitrix24TransportException} for a
   * timeout). Default: none (bounded only by the retry policy's attempts, each by the read
   * timeout).
   *
   * <p>A write whose attempt this deadline cut short ends in a {@code
   * Bitrix24OutcomeUnknownException}: the portal may have run it, or may still run it, for up to
   * 60 s after it was sent.
   */
  public Bitrix24ClientBuilder callTimeout(Duration timeout) {
    this.callTimeout = positive(timeout, "callTimeout");
    return this;
  }

  /**
   * The largest answer body read, in bytes (default {@link #DEFAULT_MAX_ANSWER_SIZE}). A larger
   * one is read no further than this (a {@code Content-Length} above it, not at all) and the call
   * fails with a {@code Bitrix24ProtocolException}, not retried.
   *
   * @throws IllegalArgumentException if not positive
   */
  public Bitrix24ClientBuilder maxAnswerSize(long bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("maxAnswerSize must be positive, got " + bytes);
    }
    this.maxAnswerSize = bytes;
    return this;
  }

  /**
   * Renews the token pair on {@code expired_token} (once, for all threads waiting on it). OAuth
   * clients only; see {@link io.b24rest.runtime.auth.Bitrix24OAuthRefresher}.
   *
   * @throws IllegalStateException on a webhook client
   */
  public Bitrix24ClientBuilder tokenRefresher(TokenRefresher refresher) {
    if (tokens == null) {
      throw new IllegalStateException("a webhook client has no tokens to refresh");
    }
    this.refresher = Objects.requireNonNull(refresher, "refresher");
    return this;
  }

  /**
   * Whether write calls without a caller's key get a generated {@code Idempotency-Key} (default
   * true). Without a key, a write is never retried after a failure that may have run it.
   */
  public Bitrix24ClientBuilder automaticIdempotencyKeys(boolean enabled) {
    this.automaticIdempotencyKeys = enabled;
    return this;
  }

  /** How much of each HTTP exchange to log, secrets masked. Default {@link HttpLogLevel#NONE}. */
  public Bitrix24ClientBuilder httpLogLevel(HttpLogLevel level) {
    this.logLevel = Objects.requireNonNull(level, "level");
    return this;
  }

  /**
   * Adds a listener that sees every call of the client: its attempts, retries and their reasons,
   * rate-limit waits, statuses, error codes and the answer's {@code time} block (see {@code
   * b24-micrometer} for metrics and tracing). Several may be added; they are told in the order
   * added.
   */
  public Bitrix24ClientBuilder listener(CallListener listener) {
    this.listeners.add(Objects.requireNonNull(listener, "listener"));
    return this;
  }

  /**
   * Adds a Feign {@link Capability}, for advanced use: it may wrap the HTTP client (which sees
   * each attempt after the rate-limit wait), the retryer and the other Feign parts, for example
   * {@code feign.micrometer.MicrometerCapability}. The request URL it sees holds a webhook's
   * secret: do not log or tag it. Prefer a {@link #listener(CallListener)} where one is enough.
   */
  public Bitrix24ClientBuilder capability(Capability capability) {
    this.capabilities.add(Objects.requireNonNull(capability, "capability"));
    return this;
  }

  /** The client. */
  public Bitrix24Client build() {
    return new Bitrix24Client(new ClientEngine(this), CallOptions.NONE);
  }

  @Override
  public String toString() {
    return "Bitrix24ClientBuilder[" + endpoint.maskedBaseUrl() + "]";
  }

  private static Duration positive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero() || value.toMillis() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(name + " must be positive and under 24 days");
    }
    return value;
  }
}
