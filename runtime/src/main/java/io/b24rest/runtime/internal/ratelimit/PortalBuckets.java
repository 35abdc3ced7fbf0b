package io.b24rest.runtime.internal.ratelimit;

import io.b24rest.runtime.ratelimit.PortalKey;
import io.b24rest.runtime.ratelimit.RateLimit;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Bucket4j bucket per portal, shared by every client and thread of this JVM: the portal counts
 * requests per portal (and source IP), not per client object or setting.
 *
 * <p>Conflicting settings: the first client of a portal shapes its bucket, and a later client
 * with another {@link RateLimit} for the same portal shares that bucket; its setting is ignored,
 * with one WARN line per portal and setting. (An error would break an application in which two
 * components configure the same portal differently, and across processes no build could see the
 * other's setting anyway.)
 */
public final class PortalBuckets {
  private static final Logger LOG = LoggerFactory.getLogger(PortalBuckets.class);
  private static final Map<PortalKey, Shaped> BUCKETS = new ConcurrentHashMap<>();
  private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

  private PortalBuckets() {}

  /**
   * The shared bucket of {@code portal}, shaped by {@code limit} if this is its first.
   *
   * @param limit an enabled rate limit
   */
  public static Bucket bucketFor(PortalKey portal, RateLimit limit) {
    requireEnabled(limit);
    Shaped shaped =
        BUCKETS.computeIfAbsent(
            portal, k -> new Shaped(limit, Bucket.builder().addLimit(bandwidth(limit, true)).build()));
    if (!shaped.limit().equals(limit) && WARNED.add(portal + "|" + limit)) {
      LOG.warn(
          "portal {} is already paced at {} by another client of this JVM; this client's {} is"
              + " ignored (one bucket per portal: the first setting wins)",
          portal,
          shaped.limit(),
          limit);
    }
    return shaped.bucket();
  }

  /**
   * The configuration of a bucket for {@code limit}: capacity {@link #capacity(RateLimit)}, refill
   * {@code perSecond} a second, spread evenly.
   *
   * @param full whether a new bucket starts full (else empty)
   */
  public static BucketConfiguration configuration(RateLimit limit, boolean full) {
    return BucketConfiguration.builder().addLimit(bandwidth(limit, full)).build();
  }

  /**
   * The client's burst: the portal's threshold X less Y requests (at least 1). The portal may
   * drain its counter by Y once per second (limits.md) while the client's tokens return evenly,
   * so just before the portal's tick the client can be almost Y requests ahead of it; one more
   * request of margin absorbs the jitter of requests that arrive closer together than they left.
   */
  public static long capacity(RateLimit limit) {
    requireEnabled(limit);
    return Math.max(1, limit.burst() - limit.perSecond());
  }

  private static Bandwidth bandwidth(RateLimit limit, boolean full) {
    long capacity = capacity(limit);
    return Bandwidth.builder()
        .capacity(capacity)
        .refillGreedy(limit.perSecond(), Duration.ofSeconds(1))
        .initialTokens(full ? capacity : 0)
        .build();
  }

  private static void requireEnabled(RateLimit limit) {
    if (!limit.enabled()) {
      throw new IllegalArgumentException("rate limit is off");
    }
  }

  private record Shaped(RateLimit limit, Bucket bucket) {}
}
