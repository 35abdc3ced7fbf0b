package io.b24rest.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The operating limit over HTTP; {@link OperatingLimiterTest} checks the baskets on a fake clock.
 */
class OperatingLimitTest {
  private final PortalClient client = new PortalClient();

  @Test
  void callsAreRefusedWhileTheAccumulatedTimeExceedsTheLimit() throws Exception {
    try (FakeBitrix24Portal portal =
        FakeBitrix24Portal.builder()
            .spec(TestSpecs.model())
            .operatingLimit(Duration.ofSeconds(1), Duration.ofMillis(600), Duration.ofMillis(1500))
            .start()) {
      var first = call(portal, TestSpecs.SEED);
      var second = call(portal, TestSpecs.SEED);
      var third = call(portal, TestSpecs.SEED);
      var otherMethod = call(portal, TestSpecs.PING);

      assertEquals(200, first.status());
      assertEquals(0.6, first.json().at("/time/operating").asDouble(), 1e-9);
      assertEquals(1.2, second.json().at("/time/operating").asDouble(), 1e-9);
      assertEquals(429, third.status());
      assertEquals(
          Json.parse(
                  "{\"error\":\"OPERATION_TIME_LIMIT\","
                      + "\"error_description\":\"Method is blocked due to operation time limit.\"}")
              .orElseThrow(),
          third.json());
      assertEquals(200, otherMethod.status(), "the limit is per method");

      long resetAt = second.json().at("/time/operating_reset_at").asLong();
      long firstStart = (long) first.json().at("/time/start").asDouble();
      assertTrue(resetAt >= firstStart + 1 && resetAt <= firstStart + 3, "reset " + resetAt);
      Thread.sleep(1600);
      var afterReset = call(portal, TestSpecs.SEED);
      assertEquals(200, afterReset.status());
      assertEquals(0.6, afterReset.json().at("/time/operating").asDouble(), 1e-9);
    }
  }

  @Test
  void theLimitIsPerCaller() throws Exception {
    try (FakeBitrix24Portal portal =
        FakeBitrix24Portal.builder()
            .spec(TestSpecs.model())
            .operatingLimit(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMinutes(1))
            .start()) {
      call(portal, TestSpecs.PING);
      assertEquals(429, call(portal, TestSpecs.PING).status());

      var viaOauth =
          client.post(
              portal.restApiUrl() + TestSpecs.PING, "{\"auth\":\"" + portal.accessToken() + "\"}");
      assertEquals(200, viaOauth.status(), "the application has its own budget");
    }
  }

  @Test
  void withoutALimitOperatingStillGrowsWithTheMeasuredTime() throws Exception {
    try (FakeBitrix24Portal portal = FakeBitrix24Portal.builder().spec(TestSpecs.model()).start()) {
      double first = call(portal, TestSpecs.SEED).json().at("/time/operating").asDouble();
      double second = call(portal, TestSpecs.SEED).json().at("/time/operating").asDouble();

      assertTrue(first > 0 && second > first, first + " then " + second);
    }
  }

  private PortalClient.Reply call(FakeBitrix24Portal portal, String method) throws Exception {
    return client.post(
        portal.webhookUrl() + method, TestSpecs.SEED.equals(method) ? "{\"id\":15}" : "{}");
  }
}
