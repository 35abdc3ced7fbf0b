package io.b24rest.spring.boot;

import io.b24rest.core.Bitrix24ApiException;
import io.b24rest.core.spi.MethodDescriptor;
import io.b24rest.runtime.Bitrix24Client;
import io.b24rest.runtime.Bitrix24Registry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * The health of the Bitrix24 client, cheap by default: DOWN once the client is closed, else UP,
 * without a call. With {@code bitrix24.health.probe-method} set (a read method without required
 * params), it calls that method at most once per {@code bitrix24.health.probe-interval} and
 * reports DOWN with the error code while the last probe failed. Details hold the mode and error
 * codes only, never the URL, a secret or a token.
 */
public class Bitrix24HealthIndicator extends AbstractHealthIndicator {
  private final Bitrix24Client client;
  private final @Nullable String probeMethod;
  private final Duration probeInterval;
  private final Clock clock;
  private @Nullable Probe lastProbe;

  private record Probe(Instant at, @Nullable String errorCode) {}

  /**
   * @param client the client
   * @param health the probe settings
   */
  public Bitrix24HealthIndicator(Bitrix24Client client, Bitrix24Properties.Health health) {
    this(client, health, Clock.systemUTC());
  }

  Bitrix24HealthIndicator(Bitrix24Client client, Bitrix24Properties.Health health, Clock clock) {
    super("Bitrix24 health check failed");
    this.client = client;
    this.probeMethod = health.getProbeMethod();
    this.probeInterval = health.getProbeInterval();
    this.clock = clock;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    builder.withDetail("auth", client.currentTokens().isPresent() ? "oauth" : "webhook");
    if (client.isClosed()) {
      builder.down().withDetail("client", "closed");
      return;
    }
    if (probeMethod == null) {
      builder.up();
      return;
    }
    Probe probe = probe(probeMethod);
    builder.withDetail("probeMethod", probeMethod).withDetail("probedAt", probe.at().toString());
    if (probe.errorCode() == null) {
      builder.up();
    } else {
      builder.down().withDetail("error", probe.errorCode());
    }
  }

  private synchronized Probe probe(String method) {
    Instant now = clock.instant();
    Probe last = lastProbe;
    if (last != null && last.at().plus(probeInterval).isAfter(now)) {
      return last;
    }
    Probe fresh = new Probe(now, call(method));
    lastProbe = fresh;
    return fresh;
  }

  /** Calls {@code name} with an empty request; the error code if it fails, null if it succeeds. */
  private @Nullable String call(String name) {
    MethodDescriptor descriptor = Bitrix24Registry.method(name).orElse(null);
    if (descriptor == null) {
      return "UNKNOWN_PROBE_METHOD";
    }
    try {
      Object request = descriptor.requestType().getMethod("builder").invoke(null);
      Object built = request.getClass().getMethod("build").invoke(request);
      Method javaMethod =
          descriptor.api().getMethod(descriptor.javaMethod(), descriptor.requestType());
      javaMethod.invoke(client.api(descriptor.api()), built);
      return null;
    } catch (InvocationTargetException e) {
      // A code or a class name only: a message may quote the portal's answer.
      Throwable cause = e.getCause() == null ? e : e.getCause();
      return cause instanceof Bitrix24ApiException api
          ? api.code()
          : cause.getClass().getSimpleName();
    } catch (ReflectiveOperationException e) {
      return "PROBE_METHOD_NOT_CALLABLE";
    }
  }
}
