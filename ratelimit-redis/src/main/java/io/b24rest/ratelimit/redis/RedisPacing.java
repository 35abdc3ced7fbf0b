package io.b24rest.ratelimit.redis;

import io.b24rest.runtime.ratelimit.Pacer;
import io.b24rest.runtime.ratelimit.PacingBackend;
import io.b24rest.runtime.ratelimit.PortalKey;
import io.b24rest.runtime.ratelimit.RateLimit;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pacing shared by every process that uses the same Redis: one Bucket4j bucket per portal and
 * egress in Redis (Bucket4j's Lettuce back end), shaped and with the same headroom as the local
 * bucket, and the methods the operating limit blocks, so that a 429 {@code OPERATION_TIME_LIMIT}
 * seen by one instance pauses that method in all of them.
 *
 * <pre>{@code
 * RedisPacing pacing = RedisPacing.create("redis://redis.internal:6379");   // one per process
 * Bitrix24Client client = Bitrix24Client.webhook(url)
 *     .rateLimit(RateLimit.standard())
 *     .pacing(pacing)
 *     .build();
 * }</pre>
 *
 * <p>When Redis is down, slow (no answer within the command timeout, 500 ms unless set) or
 * restarted, no call fails and none is lost: pacing goes local with one WARN line (Redis's
 * address, never its password), each instance taking 1/N of the budget (N: the instances alive in
 * the last heartbeats) from an empty bucket; a daemon thread reconnects, and pacing is shared
 * again when Redis answers.
 *
 * <p>The egress names the address the portal sees the requests come from (it counts per portal
 * and source IP): instances behind different NAT addresses have separate budgets and should use
 * different egress names. The first process to create a portal's bucket shapes it; clocks of the
 * instances should be synchronised (NTP), as Bucket4j refills by the client's clock. Close it
 * when the application stops.
 */
public final class RedisPacing implements PacingBackend, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RedisPacing.class);
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private final RedisLink link;
  private final String prefix;
  private final Map<PortalKey, Shaped> buckets = new ConcurrentHashMap<>();
  private final Map<String, SharedBlocks> blocks = new ConcurrentHashMap<>();
  private final Set<String> warnedConflicts = ConcurrentHashMap.newKeySet();

  private RedisPacing(RedisLink link, String prefix) {
    this.link = link;
    this.prefix = prefix;
  }

  /** Shared pacing through the Redis at {@code redisUri} ({@code redis://[:password@]host:port[/db]}). */
  public static RedisPacing create(String redisUri) {
    return builder(redisUri).build();
  }

  /** A builder for the Redis at {@code redisUri}. */
  public static Builder builder(String redisUri) {
    return builder(parse(redisUri));
  }

  /** A builder for the Redis at {@code uri}; this object's client is made and closed here. */
  public static Builder builder(RedisURI uri) {
    return new Builder(null, Objects.requireNonNull(uri, "uri"));
  }

  /**
   * A builder that connects through the application's own {@code client} (its resources and
   * options; it is not shut down on {@link #close()}) to {@code uri}.
   */
  public static Builder builder(RedisClient client, RedisURI uri) {
    return new Builder(Objects.requireNonNull(client, "client"), Objects.requireNonNull(uri, "uri"));
  }

  @Override
  public Pacer pacer(PortalKey portal, String application, RateLimit limit) {
    Shaped shaped =
        buckets.computeIfAbsent(
            portal, p -> new Shaped(limit, new SharedBucket(link, key(p, "bucket"), limit)));
    if (!shaped.limit().equals(limit) && warnedConflicts.add(portal + "|" + limit)) {
      LOG.warn(
          "portal {} is already paced at {} by another client of this RedisPacing; this client's"
              + " {} is ignored (one bucket per portal: the first setting wins)",
          portal,
          shaped.limit(),
          limit);
    }
    SharedBlocks methods =
        blocks.computeIfAbsent(
            portal + "|" + application,
            k -> new SharedBlocks(link, key(portal, "blocked:" + application + ":")));
    SharedBucket bucket = limit.enabled() ? shaped.bucket() : null;
    if (bucket == null) {
      return Pacer.of(() -> {}, methods);
    }
    return Pacer.of(bucket::acquire, methods);
  }

  /** Whether pacing goes through Redis now (false while it is down, slow or not yet reached). */
  public boolean isShared() {
    return link.state().up();
  }

  /** Stops the checks, leaves the instance count and closes the connection. */
  @Override
  public void close() {
    link.close();
  }

  @Override
  public String toString() {
    return "RedisPacing[" + prefix + "]";
  }

  private String key(PortalKey portal, String what) {
    return prefix + ":" + portal.value() + ":" + what;
  }

  private static RedisURI parse(String redisUri) {
    Objects.requireNonNull(redisUri, "redisUri");
    try {
      return RedisURI.create(redisUri.trim());
    } catch (RuntimeException e) {
      // The message of a parse failure may quote the URI, and so its password.
      throw new IllegalArgumentException(
          "not a Redis URI (expected redis://[:password@]host[:port][/database])", null);
    }
  }

  private record Shaped(RateLimit limit, SharedBucket bucket) {}

  /** Settings of a {@link RedisPacing}. */
  public static final class Builder {
    private final RedisClient client;
    private final RedisURI uri;
    private String egress = "default";
    private String keyPrefix = "b24:pacing";
    private Duration commandTimeout = Duration.ofMillis(500);

    private Builder(RedisClient client, RedisURI uri) {
      this.client = client;
      this.uri = uri;
    }

    /**
     * The name of the address the portal sees these requests from (default {@code default}):
     * instances with the same egress share one budget per portal.
     */
    public Builder egress(String egress) {
      this.egress = name(egress, "egress");
      return this;
    }

    /** The prefix of every Redis key (default {@code b24:pacing}). */
    public Builder keyPrefix(String keyPrefix) {
      Objects.requireNonNull(keyPrefix, "keyPrefix");
      if (keyPrefix.isBlank()) {
        throw new IllegalArgumentException("keyPrefix is empty");
      }
      this.keyPrefix = keyPrefix;
      return this;
    }

    /**
     * How long a Redis command may take before pacing goes local (default 500 ms): the most a
     * call waits on a slow Redis, once per outage.
     */
    public Builder commandTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() > 60_000) {
        throw new IllegalArgumentException("commandTimeout must be between 1 ms and 60 s");
      }
      this.commandTimeout = timeout;
      return this;
    }

    /**
     * Connects, waiting at most a few seconds (3 s for the connection, then the first check);
     * Redis being down is no error (pacing is local until it answers).
     */
    public RedisPacing build() {
      boolean owns = client == null;
      RedisClient c = owns ? RedisClient.create() : client;
      if (owns) {
        c.setOptions(
            ClientOptions.builder()
                .autoReconnect(false)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(commandTimeout))
                .socketOptions(
                    SocketOptions.builder()
                        .connectTimeout(
                            commandTimeout.compareTo(Duration.ofSeconds(3)) > 0
                                ? commandTimeout
                                : Duration.ofSeconds(3))
                        .build())
                .build());
      }
      String prefix = keyPrefix + ":" + egress;
      RedisLink link =
          new RedisLink(
              c,
              owns,
              uri,
              commandTimeout,
              prefix + ":instances",
              UUID.randomUUID().toString());
      link.start();
      return new RedisPacing(link, prefix);
    }

    private static String name(String value, String what) {
      Objects.requireNonNull(value, what);
      if (!NAME.matcher(value).matches()) {
        throw new IllegalArgumentException(
            what + " must be 1 to 64 letters, digits, '.', '_' or '-', got '" + value + "'");
      }
      return value;
    }
  }
}
