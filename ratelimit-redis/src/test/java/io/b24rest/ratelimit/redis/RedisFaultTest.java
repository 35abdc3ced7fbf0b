package io.b24rest.ratelimit.redis;

import static io.b24rest.ratelimit.redis.SharedPacingTest.awaitTrue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.b24rest.api.humanresources.NodeCommunicationApi;
import io.b24rest.api.humanresources.NodeCommunicationListRequest;
import io.b24rest.runtime.Bitrix24Client;
import io.b24rest.runtime.ratelimit.Pacer;
import io.b24rest.runtime.ratelimit.RateLimit;
import io.b24rest.testkit.FakeBitrix24Portal;
import io.b24rest.testsupport.EmbeddedRedis;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Redis that is down, slow or restarted stops no call and loses none: pacing goes local with
 * one WARN line (no password in it) and comes back to Redis when it answers. Each test runs its
 * own real redis-server, which it stops, pauses or restarts.
 */
class RedisFaultTest {
  private static final NodeCommunicationListRequest REQUEST =
      NodeCommunicationListRequest.builder().id(15L).build();

  @Test
  void aRedisThatGoesDownLeavesCallsRunningOnLocalPacingUntilItIsBack() throws Exception {
    try (EmbeddedRedis redis = new EmbeddedRedis();
        WarnLines warnings = new WarnLines();
        FakeBitrix24Portal portal = FakeBitrix24Portal.builder().rateLimit(20, 5).start();
        RedisPacing pacing = RedisPacing.create(redis.uri())) {
      NodeCommunicationApi api = api(portal, pacing);
      awaitTrue(pacing::isShared, "shared pacing at first");
      api.list(REQUEST);

      redis.stop();
      for (int i = 0; i < 5; i++) {
        api.list(REQUEST); // none may fail
      }
      assertFalse(pacing.isShared());
      redis.start();
      awaitTrue(pacing::isShared, "shared pacing again after Redis came back");
      api.list(REQUEST);

      assertEquals(7, portal.answerCount(200));
      assertEquals(0, portal.answerCount(503));
      assertOneWarningWithoutPassword(warnings.lines());
    }
  }

  @Test
  void aRedisDownAtStartIsNoErrorAndIsJoinedWhenItComes() throws Exception {
    try (EmbeddedRedis redis = new EmbeddedRedis();
        WarnLines warnings = new WarnLines()) {
      redis.stop();
      try (RedisPacing pacing = RedisPacing.create(redis.uri())) {
        assertFalse(pacing.isShared());
        pacing.pacer(SharedPacingTest.portal("late"), "app", RateLimit.custom(10, 5)).acquire();
        redis.start();
        awaitTrue(pacing::isShared, "shared pacing once Redis is up");
      }
      assertOneWarningWithoutPassword(warnings.lines());
    }
  }

  @Test
  void aSlowRedisCostsACallNoMoreThanTheCommandTimeout() throws Exception {
    try (EmbeddedRedis redis = new EmbeddedRedis();
        WarnLines warnings = new WarnLines();
        RedisPacing pacing =
            RedisPacing.builder(redis.uri()).commandTimeout(Duration.ofMillis(300)).build()) {
      Pacer pacer = pacing.pacer(SharedPacingTest.portal("slow"), "app", RateLimit.custom(50, 2));
      awaitTrue(pacing::isShared, "shared pacing at first");
      pacer.acquire();

      pause(redis, 3_000);
      long start = System.nanoTime();
      pacer.acquire(); // times out on Redis, then takes a local slot... which starts empty
      long millis = (System.nanoTime() - start) / 1_000_000;

      assertFalse(pacing.isShared());
      // 300 ms of timeout, then at most one local slot at 2/s (500 ms) and scheduling slack; a
      // Redis-bound call would wait the whole 3 s pause.
      assertTrue(millis < 300 + 500 + 1_500, "the call waited " + millis + " ms");
      awaitTrue(pacing::isShared, "shared pacing again after the pause");
      assertOneWarningWithoutPassword(warnings.lines());
    }
  }

  @Test
  void aRestartedRedisMakesTheBucketAnewEmptyAndPacingIsSharedAgain() throws Exception {
    try (EmbeddedRedis redis = new EmbeddedRedis();
        WarnLines warnings = new WarnLines();
        RedisPacing pacing = RedisPacing.create(redis.uri())) {
      Pacer pacer = pacing.pacer(SharedPacingTest.portal("restart"), "app", RateLimit.custom(20, 5));
      awaitTrue(pacing::isShared, "shared pacing at first");
      pacer.acquire();

      redis.stop();
      redis.start();
      awaitTrue(() -> !pacing.isShared(), "the restart noticed");
      awaitTrue(pacing::isShared, "shared pacing again after the restart");

      // The portal's counter is unknown after an outage: the new bucket starts empty, so three
      // requests take about 3 x 200 ms instead of passing at once.
      long start = System.nanoTime();
      for (int i = 0; i < 3; i++) {
        pacer.acquire();
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(pacing.isShared());
      assertTrue(millis >= 3 * 200 - 250, "three requests after the restart took " + millis + " ms");
      assertOneWarningWithoutPassword(warnings.lines());
    }
  }

  private static NodeCommunicationApi api(FakeBitrix24Portal portal, RedisPacing pacing) {
    return Bitrix24Client.webhook(portal.webhookUrl())
        .rateLimit(RateLimit.custom(20, 5))
        .pacing(pacing)
        .build()
        .api(NodeCommunicationApi.class);
  }

  /** Makes the server hold every client's commands for {@code millis} (CLIENT PAUSE). */
  private static void pause(EmbeddedRedis redis, long millis) {
    RedisClient client = RedisClient.create(redis.uri());
    try (StatefulRedisConnection<String, String> admin = client.connect()) {
      admin.sync().clientPause(millis);
    } finally {
      client.shutdown();
    }
  }

  private static void assertOneWarningWithoutPassword(List<String> lines) {
    assertEquals(1, lines.size(), "WARN lines: " + lines);
    assertFalse(lines.get(0).contains(EmbeddedRedis.PASSWORD), lines.get(0));
    assertTrue(lines.get(0).contains("pacing locally"), lines.get(0));
  }

}
