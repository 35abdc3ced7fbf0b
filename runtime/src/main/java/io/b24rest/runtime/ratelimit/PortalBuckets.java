package io.b24rest.runtime.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Bucket4j bucket per portal and rate limit, shared by every client and thread of this JVM: the
 * portal counts requests per portal (and source IP), not per client object.
 */
public final class PortalBuckets {
  private static final Map<String, Bucket> BUCKETS = new ConcurrentHashMap<>();

  private PortalBuckets() {}

  /**
   * The shared bucket of {@code hostKey} under {@code limit}.
   *
   * @param hostKey host (and port, if not the default) of the portal
   * @param limit an enabled rate limit
   */
  public static Bucket bucketFor(String hostKey, RateLimit limit) {
    if (!limit.enabled()) {
      throw new IllegalArgumentException("rate limit is off");
    }
    String key = hostKey + "|" + limit.burst() + "|" + limit.perSecond();
    return BUCKETS.computeIfAbsent(key, k -> newBucket(limit));
  }

  private static Bucket newBucket(RateLimit limit) {
    return Bucket.builder()
        .addLimit(
            Bandwidth.builder()
                .capacity(limit.burst())
                .refillGreedy(limit.perSecond(), Duration.ofSeconds(1))
                .initialTokens(limit.burst())
                .build())
        .build();
  }
}
