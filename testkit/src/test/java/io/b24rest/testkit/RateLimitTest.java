package io.b24rest.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The leaky bucket over HTTP; {@link LeakyBucketTest} checks its arithmetic on a fake clock. */
class RateLimitTest {
  private final PortalClient client = new PortalClient();

  @Test
  void theRequestAboveTheLimitGets503AndALaterOnePasses() throws Exception {
    warmUpTheClient();
    try (FakeBitrix24Portal portal =
        FakeBitrix24Portal.builder().spec(TestSpecs.model()).rateLimit(5, 0.5).start()) {
      List<Integer> statuses = new ArrayList<>();
      PortalClient.Reply refused = null;
      for (int i = 0; i < 6; i++) {
        PortalClient.Reply reply = client.post(portal.webhookUrl() + TestSpecs.PING, "{}");
        statuses.add(reply.status());
        refused = reply;
      }

      // Six calls of a warm client take far less than the two seconds one slot needs to drain.
      assertEquals(List.of(200, 200, 200, 200, 200, 503), statuses);
      assertEquals(
          Json.parse(
                  "{\"error\":\"QUERY_LIMIT_EXCEEDED\",\"error_description\":\"Too many"
                      + " requests\"}")
              .orElseThrow(),
          refused.json());
      Thread.sleep(2100);
      assertEquals(200, client.post(portal.webhookUrl() + TestSpecs.PING, "{}").status());
      assertEquals(7, portal.requestCount(), "refused requests are recorded too");
      assertEquals(1, portal.answerCount(503));
      assertEquals(6, portal.answerCount(200));
    }
  }

  private void warmUpTheClient() throws Exception {
    try (FakeBitrix24Portal portal = FakeBitrix24Portal.builder().spec(TestSpecs.model()).start()) {
      client.post(portal.webhookUrl() + TestSpecs.PING, "{}");
    }
  }

  @Test
  void thereIsNoLimitByDefault() throws Exception {
    try (FakeBitrix24Portal portal = FakeBitrix24Portal.builder().spec(TestSpecs.model()).start()) {
      for (int i = 0; i < 60; i++) {
        assertEquals(200, client.post(portal.webhookUrl() + TestSpecs.PING, "{}").status());
      }
    }
  }
}
