package io.b24rest.ratelimit.redis;

import io.b24rest.runtime.internal.ratelimit.PortalBuckets;
import io.b24rest.runtime.ratelimit.RateLimit;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * One portal's bucket, kept in Redis while it answers and in this JVM while it does not.
 *
 * <p>Local pacing during an outage takes 1/N of the budget (N: the instances seen alive in the
 * last heartbeats) and starts with an empty bucket, because the portal's counter may be full.
 * Back on Redis, the requests sent meanwhile are taken from the shared bucket, which knew nothing
 * of them; after a restart of Redis the shared bucket is gone and is made anew, empty, for the
 * same reason. Slots reserved in one mode but not yet used when the mode changes are charged to
 * the other mode's bucket.
 */
final class SharedBucket {
  private final RedisLink link;
  private final String bucketKey;
  private final RateLimit limit;

  private final Object lock = new Object();
  private final Object reserving = new Object();
  private long sharedEpoch = -1;
  private @Nullable String sharedRunId;
  private @Nullable ProxyManager<String> proxyOwner;
  private @Nullable BucketProxy shared;
  private long localEpoch = -1;
  private @Nullable Bucket local;
  private long usedLocally;
  private final AtomicInteger sharedPending = new AtomicInteger();
  private final AtomicInteger localPending = new AtomicInteger();

  SharedBucket(RedisLink link, String bucketKey, RateLimit limit) {
    this.link = link;
    this.bucketKey = bucketKey;
    this.limit = limit;
  }

  /** Blocks until the portal's bucket lets one more request go; see the class comment. */
  void acquire() throws InterruptedException {
    if (!limit.enabled()) {
      return;
    }
    RedisLink.State s = link.state();
    if (s.up()) {
      BucketProxy bucket = sharedBucket(s);
      if (bucket != null) {
        long parkNanos;
        try {
          parkNanos = reserve(bucket);
        } catch (RuntimeException e) {
          link.failed(s.epoch(), e);
          parkNanos = -1;
        }
        if (parkNanos >= 0) {
          waitFor(parkNanos, sharedPending);
          return;
        }
      }
    }
    ParkRecorder park = new ParkRecorder();
    localBucket(link.state()).asBlocking().consume(1, park);
    waitFor(park.nanos, localPending);
  }

  /**
   * Waits for a reserved slot, counted in {@code pending} meanwhile: slots reserved in one mode
   * but not yet sent still reach the portal after a switch to the other, so the other mode's
   * bucket is charged for them.
   */
  private static void waitFor(long nanos, AtomicInteger pending) throws InterruptedException {
    if (nanos <= 0) {
      return;
    }
    pending.incrementAndGet();
    try {
      TimeUnit.NANOSECONDS.sleep(nanos);
    } finally {
      pending.decrementAndGet();
    }
  }

  /**
   * Reserves one slot in Redis and returns how long to wait for it. One thread of this process
   * at a time: Bucket4j's compare-and-swap retries when another writer got in between, and two
   * dozen threads contending for one key would spend the request timeout in retries. The wait
   * itself happens outside the lock.
   */
  private long reserve(BucketProxy bucket) {
    ParkRecorder park = new ParkRecorder();
    synchronized (reserving) {
      try {
        bucket.asBlocking().consume(1, park);
      } catch (InterruptedException e) {
        // ParkRecorder never waits, so nothing can interrupt it.
        Thread.currentThread().interrupt();
      }
    }
    return park.nanos;
  }

  /** A Bucket4j blocking strategy that notes the wait instead of waiting. */
  private static final class ParkRecorder implements BlockingStrategy {
    long nanos;

    @Override
    public void park(long nanosToPark) {
      nanos += nanosToPark;
    }
  }

  /** The shared bucket, first settling what this instance did locally since it last used it. */
  private @Nullable BucketProxy sharedBucket(RedisLink.State s) {
    synchronized (lock) {
      if (s.epoch() == sharedEpoch && shared != null && proxyOwner == s.buckets()) {
        return shared;
      }
      ProxyManager<String> buckets = s.buckets();
      if (buckets == null) {
        return null;
      }
      BucketProxy bucket =
          buckets.builder()
              .build(
                  bucketKey,
                  () -> PortalBuckets.configuration(limit, !link.everFailed()));
      try {
        // Same server: the shared bucket knew nothing of the local requests. A restarted one made
        // the bucket anew, empty: only the local requests still waiting to go count.
        boolean sameServer = s.runId() != null && s.runId().equals(sharedRunId);
        long owed = sameServer ? usedLocally : localPending.get();
        if (owed > 0) {
          bucket.consumeIgnoringRateLimits(owed);
        }
      } catch (RuntimeException e) {
        link.failed(s.epoch(), e);
        return null;
      }
      usedLocally = 0;
      sharedEpoch = s.epoch();
      sharedRunId = s.runId();
      proxyOwner = buckets;
      shared = bucket;
      return bucket;
    }
  }

  /** This outage's local bucket: empty at first, 1/N of the budget. */
  private Bucket localBucket(RedisLink.State s) {
    synchronized (lock) {
      if (local == null || localEpoch != s.epoch()) {
        int n = Math.max(1, s.instances());
        long capacity = Math.max(1, PortalBuckets.capacity(limit) / n);
        local =
            Bucket.builder()
                .addLimit(
                    Bandwidth.builder()
                        .capacity(capacity)
                        .refillGreedy(limit.perSecond(), Duration.ofSeconds(n))
                        .initialTokens(0)
                        .build())
                .build();
        localEpoch = s.epoch();
        int stillToGo = sharedPending.get();
        if (stillToGo > 0) {
          local.consumeIgnoringRateLimits(stillToGo);
        }
      }
      usedLocally++;
      return local;
    }
  }
}
