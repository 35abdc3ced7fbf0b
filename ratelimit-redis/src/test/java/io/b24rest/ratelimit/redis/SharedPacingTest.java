package io.b24rest.ratelimit.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.b24rest.api.humanresources.NodeCommunicationApi;
import io.b24rest.api.humanresources.NodeCommunicationListRequest;
import io.b24rest.runtime.Bitrix24Client;
import io.b24rest.runtime.ratelimit.Pacer;
import io.b24rest.runtime.ratelimit.PortalKey;
import io.b24rest.runtime.ratelimit.RateLimit;
import io.b24rest.testkit.FakeBitrix24Portal;
import io.b24rest.testsupport.EmbeddedRedis;
import io.b24rest.testsupport.ParallelCalls;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Several {@link RedisPacing} objects stand for several processes (each has its own connection,
 * instance id and local fallback; nothing of the runtime's JVM-wide pacing is shared between them
 * as far as this module's buckets go): against a real Redis they share one budget per portal.
 */
class SharedPacingTest {
  private static EmbeddedRedis redis;

  @BeforeAll
  static void startRedis() {
    redis = new EmbeddedRedis();
  }

  @AfterAll
  static void stopRedis() {
    redis.close();
  }

  @Test
  void instancesWithTheirOwnRedisPacingShareOnePortalBucket() throws Exception {
    try (FakeBitrix24Portal portal = FakeBitrix24Portal.builder().rateLimit(20, 5).start();
        RedisPacing first = RedisPacing.create(redis.uri());
        RedisPacing second = RedisPacing.create(redis.uri());
        RedisPacing third = RedisPacing.create(redis.uri())) {
      awaitTrue(
          () -> first.isShared() && second.isShared() && third.isShared(), "all three shared");
      List<NodeCommunicationApi> apis = new ArrayList<>();
      for (RedisPacing pacing : List.of(first, second, third)) {
        apis.add(
            Bitrix24Client.webhook(portal.webhookUrl())
                .rateLimit(RateLimit.custom(20, 5))
                .pacing(pacing)
                .build()
                .api(NodeCommunicationApi.class));
      }

      callInParallel(35, apis);

      assertEquals(35, portal.answerCount(200));
      assertEquals(0, portal.answerCount(503), "answers 503 from the portal");
    }
  }

  @Test
  void aBucketHoldsXLessYAndRefillsAtY() throws Exception {
    try (RedisPacing pacing = RedisPacing.create(redis.uri())) {
      awaitTrue(pacing::isShared, "shared pacing");
      Pacer pacer = pacing.pacer(portal("shape"), "app", RateLimit.custom(10, 5));
      long start = System.nanoTime();
      for (int i = 0; i < 5; i++) {
        pacer.acquire();
      }
      long burstMillis = (System.nanoTime() - start) / 1_000_000;
      for (int i = 0; i < 3; i++) {
        pacer.acquire();
      }
      long totalMillis = (System.nanoTime() - start) / 1_000_000;
      // A bucket of X - 1 = 9 would let all eight pass at once.
      assertTrue(burstMillis < 1_000, "the burst of X - Y = 5 took " + burstMillis + " ms");
      assertTrue(totalMillis >= 3 * 200 - 30, "3 more at 5/s took " + totalMillis + " ms in all");
    }
  }

  @Test
  void aMethodBlockedByTheOperatingLimitInOneInstanceIsBlockedInTheOthers() throws Exception {
    try (RedisPacing first = RedisPacing.create(redis.uri());
        RedisPacing second = RedisPacing.create(redis.uri())) {
      awaitTrue(() -> first.isShared() && second.isShared(), "both shared");
      PortalKey portal = portal("blocks");
      long until = System.currentTimeMillis() / 1000 + 30;
      first.pacer(portal, "app", RateLimit.standard()).blockMethod("crm.item.list", until);

      Pacer other = second.pacer(portal, "app", RateLimit.standard());
      assertEquals(until, other.methodBlockedUntil("crm.item.list").orElseThrow());
      assertTrue(other.methodBlockedUntil("crm.item.get").isEmpty(), "other methods run");
      assertTrue(
          second.pacer(portal, "other-app", RateLimit.standard())
              .methodBlockedUntil("crm.item.list")
              .isEmpty(),
          "another application has its own operating budget");
    }
  }

  /** Waits up to 10 s for {@code condition} (a loaded machine connects slowly). */
  static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within 10 s: " + what);
      }
      Thread.sleep(50);
    }
  }

  static PortalKey portal(String name) {
    return PortalKey.of("https", name + "-" + System.nanoTime() + ".bitrix24.com", -1);
  }

  static void callInParallel(int calls, List<NodeCommunicationApi> apis) throws Exception {
    NodeCommunicationListRequest request = NodeCommunicationListRequest.builder().id(15L).build();
    ParallelCalls.onTwoThreadsPerClient(calls, apis, api -> api.list(request), Duration.ofSeconds(60));
  }
}
