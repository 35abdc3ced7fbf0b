package io.b24rest.runtime.ratelimit;

import io.b24rest.runtime.internal.ratelimit.LocalPacing;

/**
 * Where pacing state lives. {@link #local()} keeps it in this JVM, shared by its clients; the
 * {@code b24-ratelimit-redis} module keeps it in Redis, shared by every process that uses the
 * same Redis. Give one to {@code Bitrix24ClientBuilder.pacing(...)}.
 */
public interface PacingBackend {

  /**
   * The pacer for one client: one bucket per {@code portal} whatever the client, shaped by
   * {@code limit} when the portal gets its first bucket.
   *
   * @param portal the normalised portal
   * @param application who the operating limit is counted for (a fingerprint of the webhook, or
   *     the OAuth application); never a secret
   * @param limit the client's rate limit; {@link RateLimit#off()} paces nothing
   */
  Pacer pacer(PortalKey portal, String application, RateLimit limit);

  /** Pacing inside this JVM (the default): one bucket per portal for all its clients. */
  static PacingBackend local() {
    return LocalPacing.INSTANCE;
  }
}
