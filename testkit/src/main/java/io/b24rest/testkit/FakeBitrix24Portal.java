package io.b24rest.testkit;

import com.sun.net.httpserver.HttpServer;
import io.b24rest.runtime.Bitrix24Client;
import io.b24rest.runtime.Bitrix24ClientBuilder;
import io.b24rest.runtime.ratelimit.RateLimit;
import io.b24rest.runtime.retry.RetryPolicy;
import io.b24rest.spec.model.SpecModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * An in-process Bitrix24 REST 3.0 portal for tests, driven by the spec files: it serves every
 * method of the specs on a loopback port, checks credentials and request bodies as the portal does,
 * answers with the documented examples or with data a test registers, emulates the rate and
 * operating limits, injects faults and records every request.
 *
 * <pre>{@code
 * try (FakeBitrix24Portal portal = FakeBitrix24Portal.builder().webhook(1, "s3cret").start()) {
 *   portal.on("humanresources.node.communication.list").withParam("id", 15).respond(result);
 *   // ... call portal.webhookUrl() + "humanresources.node.communication.list" ...
 *   assertEquals(15, portal.lastRequest().param("id").orElseThrow().asInt());
 * }
 * }</pre>
 *
 * <p>Defaults: webhook user 1 with secret {@value
 * FakeBitrix24PortalBuilder#DEFAULT_WEBHOOK_SECRET}, access token {@value
 * FakeBitrix24PortalBuilder#DEFAULT_ACCESS_TOKEN} (renewable at {@link #oauthServerUrl()}), no rate
 * limit and
 * no operating limit (the {@code time} block still reports {@code operating}), the specs on the
 * class path, the most recent 10,000 requests kept (64 Ki characters of each body), request bodies
 * up to 10 MiB, arriving within 10 s.
 */
public final class FakeBitrix24Portal implements AutoCloseable {
  static {
    // The JDK server writes the status line and the body in two packets; with Nagle's algorithm
    // on, the body waits for the client's delayed ACK, some 40 ms a call on Linux. The property
    // is read once, when the JVM creates its first HttpServer: a user's own setting wins.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final PortalState state;
  private final int requestedPort;
  private final int threads;
  private final ServerLimits limits;
  private HttpServer server;
  private ExecutorService executor;
  private ScheduledThreadPoolExecutor watchdog;
  private boolean closed;

  FakeBitrix24Portal(PortalState state, int requestedPort, int threads, ServerLimits limits) {
    this.state = state;
    this.requestedPort = requestedPort;
    this.threads = threads;
    this.limits = limits;
  }

  /** A builder with the defaults above. */
  public static FakeBitrix24PortalBuilder builder() {
    return new FakeBitrix24PortalBuilder();
  }

  /** Starts a portal with every default. */
  public static FakeBitrix24Portal startDefault() {
    return builder().start();
  }

  /**
   * Binds 127.0.0.1 on the configured port (by default one the system picks) and starts serving.
   *
   * @return this portal
   * @throws IllegalStateException if it is running already or was closed
   * @throws UncheckedIOException if the port cannot be bound
   */
  public synchronized FakeBitrix24Portal start() {
    if (closed) {
      throw new IllegalStateException("the portal was closed; build a new one");
    }
    if (server != null) {
      throw new IllegalStateException("the portal is running already at " + baseUrl());
    }
    RequestArrivalDeadline.applyUnlessSet();
    try {
      server =
          // The literal, not getLoopbackAddress(): that may be ::1, and the URLs say 127.0.0.1.
          HttpServer.create(new InetSocketAddress("127.0.0.1", requestedPort), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot bind 127.0.0.1:" + requestedPort, e);
    }
    // A thread per connection while its request arrives (the JDK server reads the request line,
    // headers and body on its executor): a slow client then holds a thread of its own, never one
    // the others need, and for no longer than the RequestArrivalDeadline, up to maxConnections
    // threads. How many requests are worked on at once is bounded in the handler.
    // Past maxConnections the executor refuses the request, and the JDK server closes its
    // connection.
    executor =
        new ThreadPoolExecutor(
            0,
            limits.maxConnections(),
            60,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            new PortalThreads());
    watchdog = new ScheduledThreadPoolExecutor(1, new PortalThreads());
    watchdog.setRemoveOnCancelPolicy(true);
    server.setExecutor(executor);
    RequestBodyReader bodies = new RequestBodyReader(watchdog, limits);
    server.createContext("/", new PortalHandler(state, bodies, limits, threads));
    server.createContext(
        "/oauth/token",
        new OAuthServerHandler(
            state,
            "http://127.0.0.1:" + server.getAddress().getPort(),
            bodies,
            limits.maxRequestBytes()));
    server.start();
    return this;
  }

  /** Stops serving and frees the port; idempotent. */
  @Override
  public synchronized void close() {
    closed = true;
    if (server != null) {
      server.stop(0);
      executor.shutdownNow();
      watchdog.shutdownNow();
    }
  }

  /** True between {@link #start()} and {@link #close()}. */
  public synchronized boolean isRunning() {
    return server != null && !closed;
  }

  /** The bound port. */
  public synchronized int port() {
    if (server == null) {
      throw new IllegalStateException("the portal is not started");
    }
    return server.getAddress().getPort();
  }

  /** The portal's address, without a trailing slash: {@code http://127.0.0.1:PORT}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  /**
   * The REST 3.0 address for OAuth calls, to which the method name is appended: {@code
   * http://127.0.0.1:PORT/rest/api/}.
   */
  public String restApiUrl() {
    return baseUrl() + "/rest/api/";
  }

  /**
   * The inbound webhook's address, with a trailing slash, to which the method name is appended:
   * {@code http://127.0.0.1:PORT/rest/api/1/SECRET/}. It holds the secret: do not log it.
   */
  public String webhookUrl() {
    return restApiUrl()
        + state.credentials.webhookUserId()
        + "/"
        + state.credentials.webhookSecret()
        + "/";
  }

  /**
   * A client builder already set up for this portal: its webhook, no pacing ({@link RateLimit#off()})
   * and fast retries (3 attempts, 10 ms doubling up to 50 ms), so that tests are fast by default. A
   * test that exercises pacing or back-off sets its own {@code rateLimit(...)} or {@code
   * retryPolicy(...)} on the returned builder; a client built with {@code
   * Bitrix24Client.webhook(portal.webhookUrl())} alone is paced like production.
   */
  public Bitrix24ClientBuilder clientBuilder() {
    return Bitrix24Client.webhook(webhookUrl())
        .rateLimit(RateLimit.off())
        .retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50)));
  }

  /** The webhook's user id. */
  public long webhookUserId() {
    return Long.parseLong(state.credentials.webhookUserId());
  }

  /** The webhook's secret. */
  public String webhookSecret() {
    return state.credentials.webhookSecret();
  }

  /** The access token the portal accepts now in the {@code auth} field. */
  public String accessToken() {
    return state.credentials.accessToken();
  }

  /**
   * Expires the current access token: calls with it get 401 {@code expired_token} until {@link
   * #issueToken(String)} or {@link #reset()}.
   */
  public void expireToken() {
    state.credentials.expireToken();
  }

  /**
   * Accepts a new access token, as after a refresh; the previous one answers {@code expired_token}
   * from now on.
   */
  public void issueToken(String newAccessToken) {
    state.credentials.issueToken(newAccessToken);
  }

  /**
   * The token renewal address of the fake authorization server, {@code
   * http://127.0.0.1:PORT/oauth/token/}: give it to the client instead of {@code
   * https://oauth.bitrix.info/oauth/token/}. A {@code refresh_token} grant with {@link
   * #oauthClientId()}, {@link #oauthClientSecret()} and {@link #refreshToken()} gets a new pair;
   * the portal then accepts the new access token and answers the old one with {@code
   * expired_token}.
   */
  public String oauthServerUrl() {
    return baseUrl() + "/oauth/token/";
  }

  /** The OAuth application's {@code client_id}. */
  public String oauthClientId() {
    return state.oauthApplication.clientId();
  }

  /** The OAuth application's {@code client_secret}. */
  public String oauthClientSecret() {
    return state.oauthApplication.clientSecret();
  }

  /** The refresh token the authorization server accepts now. */
  public String refreshToken() {
    return state.oauthApplication.refreshToken();
  }

  /** How many token pairs the authorization server issued since start or {@link #reset()}. */
  public int tokenRefreshCount() {
    return state.oauthApplication.refreshes();
  }

  /** The names of the methods this portal serves. */
  public Set<String> methodNames() {
    return state.spec.methodNames();
  }

  /** The specs this portal serves. */
  public SpecModel spec() {
    return state.spec.model();
  }

  /**
   * Starts registering what {@code method} answers.
   *
   * @throws IllegalArgumentException if the specs have no such method
   */
  public StubBuilder on(String method) {
    Objects.requireNonNull(method, "method");
    return new StubBuilder(
        state.stubs,
        state
            .spec
            .method(method)
            .orElseThrow(() -> new IllegalArgumentException("the specs have no method " + method)));
  }

  /** Starts injecting a fault; see {@link FaultInjection} for when it applies. */
  public FaultInjection inject(Fault fault) {
    return new FaultInjection(state.faults, fault);
  }

  /**
   * The requests received since start or {@link #reset()}, in arrival order: the most recent {@link
   * FakeBitrix24PortalBuilder#keepRequests(int)} of them (10,000 by default).
   */
  public List<RecordedRequest> requests() {
    return state.journal.all();
  }

  /** The requests received for one REST method, in arrival order. */
  public List<RecordedRequest> requests(String method) {
    return state.journal.forMethod(method);
  }

  /** How many requests were received since start or {@link #reset()}, also those no longer kept. */
  public int requestCount() {
    return state.journal.received();
  }

  /**
   * How many answers with this HTTP status the portal sent since start or {@link #reset()}, for
   * example {@code answerCount(503)} for the requests the rate limit refused, which a client that
   * retries them never shows. Dropped connections send no answer and are not counted.
   */
  public int answerCount(int status) {
    return state.answers.sent(status);
  }

  /**
   * The last request received.
   *
   * @throws IllegalStateException if there is none
   */
  public RecordedRequest lastRequest() {
    return state
        .journal
        .last()
        .orElseThrow(() -> new IllegalStateException("no request was received"));
  }

  /**
   * The oldest request not taken yet, waiting up to five seconds for one to arrive.
   *
   * @throws IllegalStateException if none arrives in time
   */
  public RecordedRequest takeRequest() {
    return takeRequest(Duration.ofSeconds(5))
        .orElseThrow(() -> new IllegalStateException("no request arrived within 5 seconds"));
  }

  /** The oldest request not taken yet, waiting up to {@code timeout}; empty if none arrives. */
  public Optional<RecordedRequest> takeRequest(Duration timeout) {
    try {
      return state.journal.take(timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /**
   * Forgets everything tests did: recorded requests, registered answers, pending faults, the rate
   * and operating limit counters, stored Idempotency-Key answers and expired tokens. The port and
   * the configuration stay.
   */
  public void reset() {
    state.reset();
  }

  @Override
  public String toString() {
    synchronized (this) {
      return server == null
          ? "FakeBitrix24Portal[not started]"
          : "FakeBitrix24Portal[" + baseUrl() + "]";
    }
  }
}
