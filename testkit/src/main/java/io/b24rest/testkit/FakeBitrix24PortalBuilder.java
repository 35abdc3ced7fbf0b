package io.b24rest.testkit;

import io.b24rest.spec.model.SpecModel;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/** Configures a portal; reusable: each {@link #build()} gives a new, independent portal. */
public final class FakeBitrix24PortalBuilder {
  /** The webhook secret when none is configured. */
  public static final String DEFAULT_WEBHOOK_SECRET = "testkitwebhooksecret";

  /** The access token when none is configured. */
  public static final String DEFAULT_ACCESS_TOKEN = "testkit-access-token";

  /** The OAuth application's client id when none is configured. */
  public static final String DEFAULT_CLIENT_ID = "local.testkit0000000000.00000000";

  /** The OAuth application's client secret when none is configured. */
  public static final String DEFAULT_CLIENT_SECRET = "testkit-client-secret";

  /** The refresh token when none is configured. */
  public static final String DEFAULT_REFRESH_TOKEN = "testkit-refresh-token";

  /** How long a request body may take to arrive unless configured: 10 s. */
  public static final Duration DEFAULT_REQUEST_BODY_TIMEOUT = Duration.ofSeconds(10);

  /** The largest request body read unless configured: 10 MiB. */
  public static final long DEFAULT_MAX_REQUEST_SIZE = 10L * 1024 * 1024;

  /** How much of each request body the journal keeps unless configured: 64 Ki characters. */
  public static final int DEFAULT_KEPT_BODY_CHARS = 64 * 1024;

  /** How many requests the portal reads or answers at once by default. */
  public static final int DEFAULT_MAX_CONNECTIONS = 256;

  /** How much body text the journal keeps over all its requests: 64 Mi characters. */
  static final long KEPT_BODY_CHARS_IN_ALL = 64L * 1024 * 1024;

  private long webhookUserId = 1;
  private String webhookSecret = DEFAULT_WEBHOOK_SECRET;
  private String accessToken = DEFAULT_ACCESS_TOKEN;
  private String clientId = DEFAULT_CLIENT_ID;
  private String clientSecret = DEFAULT_CLIENT_SECRET;
  private String refreshToken = DEFAULT_REFRESH_TOKEN;
  private Optional<SpecModel> spec = Optional.empty();
  private Optional<RateLimitSettings> rateLimit = Optional.empty();
  private Optional<Duration> operatingLimit = Optional.empty();
  private Optional<Duration> operatingCost = Optional.empty();
  private Duration operatingWindow = Duration.ofMinutes(10);
  private int port;
  private int threads = 8;
  private int keptRequests = 10_000;
  private Duration requestBodyTimeout = DEFAULT_REQUEST_BODY_TIMEOUT;
  private long maxRequestSize = DEFAULT_MAX_REQUEST_SIZE;
  private int keptBodyChars = DEFAULT_KEPT_BODY_CHARS;
  private int maxConnections = DEFAULT_MAX_CONNECTIONS;
  private ZoneId zone = ZoneId.systemDefault();
  private Clock clock = Clock.systemUTC();

  FakeBitrix24PortalBuilder() {}

  /** The inbound webhook the portal accepts: {@code /rest/api/{userId}/{secret}/...}. */
  public FakeBitrix24PortalBuilder webhook(long userId, String secret) {
    this.webhookUserId = userId;
    this.webhookSecret = Objects.requireNonNull(secret, "secret");
    return this;
  }

  /** The OAuth access token the portal accepts in the {@code auth} field. */
  public FakeBitrix24PortalBuilder oauthToken(String token) {
    this.accessToken = Objects.requireNonNull(token, "token");
    return this;
  }

  /**
   * The OAuth application whose {@code refresh_token} grants the fake authorization server at
   * {@link FakeBitrix24Portal#oauthServerUrl()} accepts.
   */
  public FakeBitrix24PortalBuilder oauthApplication(String clientId, String clientSecret, String refreshToken) {
    this.clientId = Objects.requireNonNull(clientId, "clientId");
    this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
    this.refreshToken = Objects.requireNonNull(refreshToken, "refreshToken");
    return this;
  }

  /**
   * Turns on the leaky bucket (limits.md): each request adds one to a counter that drains
   * continuously by {@code drainPerSecond}; a request that would take it above {@code limit} gets
   * 503 {@code QUERY_LIMIT_EXCEEDED} and is not counted. The portal's plans use {@code (50, 2)}
   * and, on Enterprise, {@code (250, 5)}. Off by default, so that tests that do not exercise it
   * never see a 503.
   */
  public FakeBitrix24PortalBuilder rateLimit(int limit, double drainPerSecond) {
    LeakyBucket.checkSettings(limit, drainPerSecond);
    this.rateLimit = Optional.of(new RateLimitSettings(limit, drainPerSecond, false));
    return this;
  }

  /**
   * Turns on the leaky bucket with the drain as limits.md words it, "by Y once per second": the
   * counter drops by {@code drainPerSecond} at each whole second counted from the first request,
   * so a burst followed by requests at Y finds the counter undrained for almost a second. The
   * strictest form of the limit a client can meet; otherwise as {@link #rateLimit(int, double)}.
   */
  public FakeBitrix24PortalBuilder rateLimitDrainingOncePerSecond(int limit, int drainPerSecond) {
    LeakyBucket.checkSettings(limit, drainPerSecond);
    this.rateLimit = Optional.of(new RateLimitSettings(limit, drainPerSecond, true));
    return this;
  }

  /**
   * Turns on the operating limit (limits.md) with the portal's ten-minute window: a method's call
   * is refused with 429 {@code OPERATION_TIME_LIMIT} while the time its calls took already
   * exceeds {@code limit}. Each call adds its measured processing time.
   */
  public FakeBitrix24PortalBuilder operatingLimit(Duration limit) {
    this.operatingLimit = Optional.of(Objects.requireNonNull(limit, "limit"));
    return this;
  }

  /**
   * Turns on the operating limit with a fixed cost a call and a short window, for tests: with
   * {@code (1 s, 600 ms, 500 ms)} the first two calls pass (taking {@code operating} to 1.2 s),
   * the third within half a second gets 429, and calls pass again once the first call's basket is
   * half a second old.
   *
   * @param limit the accumulated time above which calls are refused
   * @param costPerCall what each call of a method adds to its {@code operating}
   * @param resetAfter how long a call's cost counts (ten minutes on the portal)
   */
  public FakeBitrix24PortalBuilder operatingLimit(Duration limit, Duration costPerCall, Duration resetAfter) {
    this.operatingLimit = Optional.of(Objects.requireNonNull(limit, "limit"));
    this.operatingCost = Optional.of(Objects.requireNonNull(costPerCall, "costPerCall"));
    this.operatingWindow = Objects.requireNonNull(resetAfter, "resetAfter");
    return this;
  }

  /** Serves these specs instead of those on the class path (also for hand-made models). */
  public FakeBitrix24PortalBuilder spec(SpecModel model) {
    this.spec = Optional.of(Objects.requireNonNull(model, "model"));
    return this;
  }

  /**
   * Serves the YAML specs listed in {@code indexResource}, read and validated through
   * {@code loader}. Unlike the default (the compiled specs on the class path), this needs
   * {@code org.snakeyaml:snakeyaml-engine} on the class path.
   */
  public FakeBitrix24PortalBuilder specs(ClassLoader loader, String indexResource) {
    return spec(SpecLoader.load(loader, indexResource));
  }

  /** The port to bind; 0 (the default) lets the system pick a free one. */
  public FakeBitrix24PortalBuilder port(int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, got " + port);
    }
    this.port = port;
    return this;
  }

  /**
   * How many requests are worked on at once; 8 by default. A request waits for one of them only
   * once its body has arrived: each connection is read on a thread of its own, so slow clients
   * never hold the ones the others need.
   */
  public FakeBitrix24PortalBuilder threads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.threads = threads;
    return this;
  }

  /**
   * How many requests the portal reads or answers at once; {@value #DEFAULT_MAX_CONNECTIONS} by
   * default. Each has a thread of its own from its first byte to its answer (an idle kept-alive
   * connection has none), for at most the request's arrival deadline while it arrives (see {@link
   * #requestBodyTimeout}); a connection whose request would be one more is closed at once,
   * unanswered, so that clients opening connection after connection cannot take threads without
   * bound. A client sees that as a connection closed before any answer (a read is retried).
   */
  public FakeBitrix24PortalBuilder maxConnections(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("maxConnections must be at least 1, got " + max);
    }
    this.maxConnections = max;
    return this;
  }

  /**
   * How many of the most recent requests are kept for {@link FakeBitrix24Portal#requests()} and
   * {@link FakeBitrix24Portal#takeRequest()}; 10,000 by default, 0 to keep none (for benchmarks).
   * {@link FakeBitrix24Portal#requestCount()} counts them all anyway.
   */
  public FakeBitrix24PortalBuilder keepRequests(int max) {
    if (max < 0) {
      throw new IllegalArgumentException(
          "the number of requests kept must not be negative, got " + max);
    }
    this.keptRequests = max;
    return this;
  }

  /**
   * How long the body of one request may take to arrive once its headers did; 10 s by default.
   * Past it the portal closes the connection (the client, still sending, gets no answer): a client
   * trickling its body a byte a second holds its own thread for no longer than this.
   *
   * <p>The request line and headers, read by the JDK server before the portal sees the request,
   * are bounded by the JDK server's system property {@code sun.net.httpserver.maxReqTime}, in
   * seconds, for the whole request: the testkit sets it to 10 unless the JVM sets it (it is read
   * once, when the JVM's first {@code HttpServer} starts), so a body timeout longer than that
   * needs the property set higher.
   */
  public FakeBitrix24PortalBuilder requestBodyTimeout(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("requestBodyTimeout must be positive, got " + timeout);
    }
    this.requestBodyTimeout = timeout;
    return this;
  }

  /**
   * The largest request body the portal reads, in bytes; 10 MiB by default. A larger one (by its
   * {@code Content-Length}, or once that much arrived) is read no further and answered 413 {@code
   * REQUEST_ENTITY_TOO_LARGE} with {@code Connection: close}; the journal records it with an empty
   * body.
   */
  public FakeBitrix24PortalBuilder maxRequestSize(long bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("maxRequestSize must be positive, got " + bytes);
    }
    this.maxRequestSize = bytes;
    return this;
  }

  /**
   * How many characters of each request body the journal keeps; 64 Ki by default. A longer body
   * is kept cut to this, without its parsed tree ({@link RecordedRequest#bodyTruncated()} true,
   * {@link RecordedRequest#json()} empty); the portal still answers it from the whole body.
   */
  public FakeBitrix24PortalBuilder keepBodyChars(int chars) {
    if (chars < 0) {
      throw new IllegalArgumentException("keepBodyChars must not be negative, got " + chars);
    }
    this.keptBodyChars = chars;
    return this;
  }

  /** The zone of {@code date_start} and {@code date_finish}; the system's by default. */
  public FakeBitrix24PortalBuilder zone(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
    return this;
  }

  /** The clock of the {@code time} block and the operating limit; the system's by default. */
  public FakeBitrix24PortalBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /** A new portal, not started. */
  public FakeBitrix24Portal build() {
    Credentials credentials = new Credentials(webhookUserId, webhookSecret, accessToken);
    SpecLookup index = new SpecLookup(spec.orElseGet(SpecLoader::defaultSpecs));
    Optional<LeakyBucket> bucket =
        rateLimit.map(
            r ->
                new LeakyBucket(
                    r.limit(), r.drainPerSecond(), r.oncePerSecond(), System::nanoTime));
    OperatingLimiter limiter =
        new OperatingLimiter(operatingLimit, operatingCost, operatingWindow, clock);
    OAuthApplication application = new OAuthApplication(clientId, clientSecret, refreshToken);
    PortalState state =
        new PortalState(
            index,
            credentials,
            application,
            bucket,
            limiter,
            new RequestJournal(keptRequests, KEPT_BODY_CHARS_IN_ALL),
            clock,
            zone);
    ServerLimits limits =
        new ServerLimits(
            requestBodyTimeout,
            maxRequestSize,
            keptBodyChars,
            KEPT_BODY_CHARS_IN_ALL,
            maxConnections);
    return new FakeBitrix24Portal(state, port, threads, limits);
  }

  /** A new portal, started. */
  public FakeBitrix24Portal start() {
    return build().start();
  }

  private record RateLimitSettings(int limit, double drainPerSecond, boolean oncePerSecond) {}
}
