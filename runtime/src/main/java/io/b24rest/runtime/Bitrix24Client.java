package io.b24rest.runtime;

import io.b24rest.core.ResponseTime;
import io.b24rest.runtime.auth.OAuthTokens;
import io.b24rest.runtime.internal.call.CallScope;
import io.b24rest.runtime.internal.error.ExceptionBoundary;
import io.b24rest.runtime.internal.http.PortalEndpoint;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Optional;

/**
 * A Bitrix24 REST 3.0 client: hands out the generated API interfaces, bound to one portal and one
 * set of credentials. Thread-safe; build one per portal and credential and share it.
 *
 * <pre>{@code
 * Bitrix24Client client = Bitrix24Client.webhook("https://p.bitrix24.com/rest/1/secret/").build();
 * var answer = client.api(NodeCommunicationApi.class)
 *     .list(NodeCommunicationListRequest.builder().id(15L).build());
 * answer.result();   // typed result
 * answer.time();     // timing and operating-limit figures
 * }</pre>
 *
 * <p>Every failure of a call is a {@code io.b24rest.core.Bitrix24Exception}: a typed {@code
 * Bitrix24ApiException} for an error answer, {@code Bitrix24ProtocolException} for an answer that
 * is not a Bitrix24 answer, {@code Bitrix24TransportException} when no answer came.
 *
 * <p>{@link #close()} releases the client's HTTP threads; afterwards every call (through this client
 * or any of its views) fails with {@code Bitrix24ClientClosedException} without sending anything.
 */
public final class Bitrix24Client implements AutoCloseable {
  private final ClientEngine engine;
  private final CallOptions options;

  Bitrix24Client(ClientEngine engine, CallOptions options) {
    this.engine = engine;
    this.options = options;
  }

  /**
   * Starts a client that authenticates with an inbound webhook. Both forms a portal shows are
   * accepted: {@code https://p.bitrix24.com/rest/1/secret/} and {@code
   * https://p.bitrix24.com/rest/api/1/secret/}; calls always go to {@code /rest/api/1/secret/}.
   *
   * @throws IllegalArgumentException if the URL is malformed or not https (plain http is allowed to
   *     loopback hosts only); the message never contains the secret
   */
  public static Bitrix24ClientBuilder webhook(String webhookUrl) {
    return new Bitrix24ClientBuilder(PortalEndpoint.fromWebhookUrl(webhookUrl), null);
  }

  /**
   * Starts a client of an OAuth application: calls go to {@code <portal>/rest/api/<method>} with
   * the access token in the body's {@code auth} field. Add a {@code tokenRefresher} to the builder
   * to renew expired tokens.
   *
   * @throws IllegalArgumentException if the URL is malformed or not https outside loopback
   */
  public static Bitrix24ClientBuilder oauth(String portalUrl, OAuthTokens tokens) {
    if (tokens == null) {
      throw new IllegalArgumentException("tokens are missing");
    }
    return new Bitrix24ClientBuilder(PortalEndpoint.fromPortalUrl(portalUrl), tokens);
  }

  /**
   * The implementation of a generated API interface, created once per interface and client.
   *
   * @throws IllegalArgumentException if {@code apiInterface} is not a Feign API interface
   */
  public <T> T api(Class<T> apiInterface) {
    T target = engine.target(apiInterface);
    if (options.isEmpty()) {
      return target;
    }
    CallOptions scoped = options;
    String key = options.idempotencyKey().orElse(null);
    InvocationHandler withOptions =
        (proxy, method, args) -> {
          if (method.getDeclaringClass() == Object.class && method.getName().equals("toString")) {
            return target + (key == null ? "[CallOptions]" : "[Idempotency-Key]");
          }
          return CallScope.callWith(scoped, () -> invoke(target, method, args));
        };
    return apiInterface.cast(
        Proxy.newProxyInstance(
            apiInterface.getClassLoader(), new Class<?>[] {apiInterface}, withOptions));
  }

  /**
   * A new, empty REST 3.0 batch of this client: up to {@value Bitrix24Batch#MAX_CALLS} calls in one
   * request, each with its typed result. A batch of a {@link #withIdempotencyKey(String)} view
   * carries that key.
   */
  public Bitrix24Batch batch() {
    return new Bitrix24Batch(api(BatchApi.class), engine.interpreter);
  }

  /**
   * A view of this client whose write calls carry {@code key} as their {@code Idempotency-Key}
   * (instead of a generated one), so that the caller can repeat a call across restarts and the
   * portal replays the stored answer instead of running it twice. Use one key per logical
   * operation: the portal rejects a key reused with a different body.
   *
   * @param key 1 to 255 printable ASCII characters
   * @throws IllegalArgumentException if the key breaks that rule
   */
  public Bitrix24Client withIdempotencyKey(String key) {
    return withOptions(options.toBuilder().idempotencyKey(key).build());
  }

  /**
   * A view of this client whose calls (and batches) use {@code options}: a call timeout of their
   * own, extra headers, an Idempotency-Key. It shares everything else with this client (pacing,
   * listeners, {@link #close()}); these options replace the options of this view, if any.
   *
   * <pre>{@code
   * client.withOptions(CallOptions.builder().timeout(Duration.ofSeconds(5)).build())
   *     .api(NodeApi.class)
   *     .get(NodeGetRequest.builder().id(1L).build());
   * }</pre>
   */
  public Bitrix24Client withOptions(CallOptions options) {
    if (options == null) {
      throw new IllegalArgumentException("options are missing");
    }
    return new Bitrix24Client(engine, options);
  }

  /**
   * The {@code time} block of the last successful answer of {@code method} through this client (for
   * example, to watch {@code operating} approach the operating limit).
   */
  public Optional<ResponseTime> lastResponseTime(String method) {
    return engine.times.last(method);
  }

  /** The current OAuth token pair (after any refresh); empty for a webhook client. */
  public Optional<OAuthTokens> currentTokens() {
    return engine.tokens == null ? Optional.empty() : Optional.of(engine.tokens.tokens());
  }

  /**
   * Closes this client and every view sharing it (such as {@link #withIdempotencyKey(String)}):
   * stops the executor of its HTTP client. Idempotent. Calls made afterwards fail with {@code
   * io.b24rest.core.Bitrix24ClientClosedException}.
   *
   * <p>The portal's leaky bucket is not released: it is one per portal for the whole JVM (the
   * portal counts per portal, not per client), so a client built after this one, or beside it,
   * starts from what the portal has already counted instead of from a full bucket. It holds a few
   * hundred bytes per portal and no thread.
   */
  @Override
  public void close() {
    engine.close();
  }

  /** Whether {@link #close()} was called on this client or a view sharing it. */
  public boolean isClosed() {
    return engine.isClosed();
  }

  @Override
  public String toString() {
    return "Bitrix24Client["
        + engine.endpoint.maskedBaseUrl()
        + (engine.tokens == null ? ", webhook" : ", oauth")
        + (options.idempotencyKey().isEmpty() ? "" : ", Idempotency-Key")
        + "]";
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw ExceptionBoundary.translate(cause, method);
    } catch (IllegalAccessException e) {
      throw ExceptionBoundary.translate(e, method);
    }
  }
}
