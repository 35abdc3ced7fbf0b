package io.b24rest.runtime;

import feign.Feign;
import feign.InvocationHandlerFactory;
import feign.Request;
import feign.RequestTemplate;
import feign.RequestInterceptor;
import io.b24rest.core.Bitrix24ClientClosedException;
import io.b24rest.core.paging.ListReader;
import io.b24rest.runtime.internal.auth.OAuthBodyInterceptor;
import io.b24rest.runtime.internal.auth.TokenStore;
import io.b24rest.runtime.internal.call.CallHeaders;
import io.b24rest.runtime.internal.call.CallTracking;
import io.b24rest.runtime.internal.call.FeignParts;
import io.b24rest.runtime.internal.call.PreparedCalls;
import io.b24rest.runtime.internal.error.Bitrix24ErrorDecoder;
import io.b24rest.runtime.internal.error.EnvelopeDecoder;
import io.b24rest.runtime.internal.error.ExceptionBoundary;
import io.b24rest.runtime.internal.error.ResponseInterpreter;
import io.b24rest.runtime.internal.http.JdkHttpClient;
import io.b24rest.runtime.internal.http.PortalEndpoint;
import io.b24rest.runtime.internal.http.PortalTarget;
import io.b24rest.runtime.internal.logging.RedactingLogger;
import io.b24rest.runtime.internal.logging.Redactor;
import io.b24rest.runtime.internal.json.CachedWriterEncoder;
import io.b24rest.runtime.ratelimit.Pacer;
import io.b24rest.runtime.internal.ratelimit.PacingClient;
import io.b24rest.runtime.internal.ratelimit.PacingScope;
import io.b24rest.runtime.internal.ratelimit.ResponseTimes;
import io.b24rest.runtime.internal.retry.Bitrix24Retryer;
import io.b24rest.runtime.internal.retry.IdempotencyInterceptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/** The state one {@link Bitrix24Client} and its key-scoped views share. */
final class ClientEngine {
  final PortalEndpoint endpoint;
  final ResponseTimes times;
  final @Nullable TokenStore tokens;
  final ResponseInterpreter interpreter;
  private final Feign.Builder feign;
  private final Map<Class<?>, Object> targets = new ConcurrentHashMap<>();
  private final JdkHttpClient http;
  private final AtomicBoolean closed = new AtomicBoolean();

  ClientEngine(Bitrix24ClientBuilder config) {
    this.endpoint = config.endpoint;
    ShortReadTimeoutWarning.logIfBelowPortalCut(config.readTimeout);
    Pacer pacer =
        config.pacing.pacer(
            PacingScope.portal(endpoint), PacingScope.application(endpoint), config.rateLimit);
    this.times = new ResponseTimes(pacer);
    Redactor redactor = new Redactor();
    redactor.addSecret(endpoint.webhookSecret());
    var mapper = Bitrix24Json.newObjectMapper();
    this.tokens =
        config.tokens == null
            ? null
            : new TokenStore(config.tokens, config.refresher, redactor);
    this.interpreter = new ResponseInterpreter(mapper, config.errorFactory, redactor, times);
    this.http = new JdkHttpClient(config.connectTimeout, config.maxAnswerSize);
    List<RequestInterceptor> interceptors = new ArrayList<>();
    interceptors.add(this::refuseWhenClosed);
    interceptors.add(new IdempotencyInterceptor(config.automaticIdempotencyKeys));
    interceptors.add(new CallHeaders());
    if (tokens != null) {
      interceptors.add(new OAuthBodyInterceptor(tokens, mapper));
    }
    FeignParts parts =
        new FeignParts(
            new PacingClient(pacer, config.operatingLimit.maxWait(), http),
            new Bitrix24Retryer(
                config.retryPolicy,
                config.operatingLimit,
                times,
                tokens,
                mapper,
                redactor,
                config.callTimeout,
                config.readTimeout),
            interceptors,
            new CachedWriterEncoder(mapper),
            new EnvelopeDecoder(interpreter),
            new Bitrix24ErrorDecoder(interpreter),
            new RedactingLogger(redactor),
            config.logLevel.toFeign(),
            new Request.Options(config.connectTimeout, config.readTimeout, false));
    // A capability may wrap any of Feign's parts, and only Feign's own method handlers are built
    // from the wrapped ones: with one, every method runs through them.
    InvocationHandlerFactory handlers =
        config.capabilities.isEmpty()
            ? new PreparedCalls(parts, handlers(config))
            : handlers(config);
    feign =
        Feign.builder()
            .client(parts.client())
            .options(parts.options())
            .encoder(parts.encoder())
            .decoder(parts.decoder())
            .errorDecoder(parts.errorDecoder())
            .retryer(parts.retryer())
            .requestInterceptors(parts.interceptors())
            .logger(parts.logger())
            .logLevel(parts.logLevel())
            .invocationHandlerFactory(handlers);
    config.capabilities.forEach(feign::addCapability);
  }

  /** The edge of every proxy; when there are listeners, wrapped so that they see each call. */
  private InvocationHandlerFactory handlers(Bitrix24ClientBuilder config) {
    InvocationHandlerFactory boundary =
        new ExceptionBoundary(
            endpoint.maskedBaseUrl(),
            ListReader.over(
                new BatchPageTransport(
                    () -> new Bitrix24Batch(target(BatchApi.class), interpreter))));
    return config.listeners.isEmpty()
        ? boundary
        : new CallTracking(boundary, config.listeners);
  }

  /** Releases the HTTP client's threads; later calls fail with a closed-client exception. */
  void close() {
    if (closed.compareAndSet(false, true)) {
      http.close();
    }
  }

  boolean isClosed() {
    return closed.get();
  }

  private void refuseWhenClosed(RequestTemplate request) {
    if (closed.get()) {
      String method =
          request.methodMetadata() == null ? "call" : request.methodMetadata().configKey();
      throw new Bitrix24ClientClosedException(method);
    }
  }

  <T> T target(Class<T> api) {
    if (closed.get()) {
      String name = api == null ? "null" : api.getSimpleName();
      throw new Bitrix24ClientClosedException("api(" + name + ")");
    }
    if (api == null || !api.isInterface()) {
      throw new IllegalArgumentException("api(...) takes a generated API interface, got " + api);
    }
    return api.cast(targets.computeIfAbsent(api, this::newTarget));
  }

  private synchronized Object newTarget(Class<?> api) {
    try {
      return feign.target(new PortalTarget<>(api, endpoint.baseUrl()));
    } catch (IllegalStateException e) {
      throw new IllegalArgumentException(
          api.getSimpleName() + " is not a Bitrix24 API interface: " + e.getMessage(), e);
    }
  }
}
